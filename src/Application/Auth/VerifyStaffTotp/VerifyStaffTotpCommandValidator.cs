using FluentValidation;

namespace ReliefPlatform.Application.Auth.VerifyStaffTotp;

internal sealed class VerifyStaffTotpCommandValidator : AbstractValidator<VerifyStaffTotpCommand>
{
    public VerifyStaffTotpCommandValidator() => RuleFor(c => c.Code).TotpCode();
}
