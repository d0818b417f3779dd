using FluentValidation;

namespace ReliefPlatform.Application.Applications.NotAcceptApplication;

internal sealed class NotAcceptApplicationCommandValidator : AbstractValidator<NotAcceptApplicationCommand>
{
    public NotAcceptApplicationCommandValidator()
    {
        RuleFor(c => c.Reason).Reason();
    }
}
