using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth;

internal static class TotpRules
{
    public static IRuleBuilderOptions<T, string> TotpCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(Totp.Digits).WithMessage(_ => Text.Pick($"请输入验证器上的{Totp.Digits}位动态验证码。", $"Enter the {Totp.Digits}-digit code from your authenticator app."))
            .Must(c => c is { Length: > Totp.Digits } || (c is { Length: Totp.Digits } && c.All(char.IsAsciiDigit)))
            .WithMessage(_ => Text.Pick($"请输入验证器上的{Totp.Digits}位动态验证码。", $"Enter the {Totp.Digits}-digit code from your authenticator app."));

    public static string WrongCode(TotpCheck check) => check.IsReplay
        ? Text.Pick("这个动态验证码已经用过，请等验证器显示下一个。", "This code was used already; wait for the next one.")
        : Text.Pick("动态验证码不正确。", "The code is not correct.");
}
