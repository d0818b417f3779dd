using FluentValidation;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.WithdrawApplication;

internal sealed class WithdrawApplicationCommandValidator : AbstractValidator<WithdrawApplicationCommand>
{
    public WithdrawApplicationCommandValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(ReliefApplication.ReasonMaxLength);
    }
}
