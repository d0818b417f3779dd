using FluentValidation;

namespace ReliefPlatform.Application.Applications.RefuseExtension;

internal sealed class RefuseExtensionCommandValidator : AbstractValidator<RefuseExtensionCommand>
{
    public RefuseExtensionCommandValidator() => RuleFor(c => c.Reason).Reason();
}
