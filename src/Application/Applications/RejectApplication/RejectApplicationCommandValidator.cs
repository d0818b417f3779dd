using FluentValidation;

namespace ReliefPlatform.Application.Applications.RejectApplication;

internal sealed class RejectApplicationCommandValidator : AbstractValidator<RejectApplicationCommand>
{
    public RejectApplicationCommandValidator()
    {
        RuleFor(c => c.Reason).Reason();
    }
}
