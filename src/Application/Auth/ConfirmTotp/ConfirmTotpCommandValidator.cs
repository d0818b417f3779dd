using FluentValidation;

namespace ReliefPlatform.Application.Auth.ConfirmTotp;

internal sealed class ConfirmTotpCommandValidator : AbstractValidator<ConfirmTotpCommand>
{
    public ConfirmTotpCommandValidator() => RuleFor(c => c.Code).TotpCode();
}
