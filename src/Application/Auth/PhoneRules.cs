using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth;

internal static class PhoneRules
{
    public static IRuleBuilderOptions<T, string> MobileNumber<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(p => Domain.Residents.MobileNumber.TryParse(p, out _))
            .WithMessage(_ => Text.Pick("请输入11位手机号码。", "Enter an 11-digit mobile number."));
}
