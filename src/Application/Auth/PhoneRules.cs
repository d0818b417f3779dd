using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth;

internal static class PhoneRules
{
    public static IRuleBuilderOptions<T, string> MobileNumber<T>(this IRuleBuilder<T, string> rule) =>
        // The length bound is for the document (ADR 0033): 11 digits with a +86 or 0086 prefix and separators fit in it.
        // One message either way: the predicate leaves a value that is too long to the length rule.
        rule.MaximumLength(MaxLength).WithMessage(_ => Message)
            .Must(p => p is { Length: > MaxLength } || Domain.Residents.MobileNumber.TryParse(p, out _)).WithMessage(_ => Message);

    private const int MaxLength = 32;

    private static string Message => Text.Pick("请输入11位手机号码。", "Enter an 11-digit mobile number.");
}
