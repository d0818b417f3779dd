using FluentValidation;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ApproveApplication;

internal sealed class ApproveApplicationCommandValidator : AbstractValidator<ApproveApplicationCommand>
{
    public ApproveApplicationCommandValidator()
    {
        RuleFor(c => c.Reason).Reason();
        RuleFor(c => c.Benefit).MaximumLength(ReliefApplication.BenefitMaxLength);
    }
}
