using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.VerifyOtp;

internal sealed class VerifyOtpCommandValidator : AbstractValidator<VerifyOtpCommand>
{
    public VerifyOtpCommandValidator()
    {
        RuleFor(c => c.Phone).MobileNumber();
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
            .MaximumLength(6).WithMessage(_ => CodeMessage)
            .Matches("^[0-9]{6}$").WithMessage(_ => CodeMessage);
    }

    private static string CodeMessage => Text.Pick("请输入6位数字验证码。", "Enter the 6-digit code.");
}
