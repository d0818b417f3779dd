using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Common.Validation;

/// <summary>The resident ID number check (GB 11643: region, birth date, check character) with its message in the caller's language.</summary>
internal static class IdNumberRules
{
    /// <summary>Null when <paramref name="value"/> is a valid ID number on <paramref name="today"/>; otherwise what to tell the person.</summary>
    public static string? Problem(string? value, DateOnly today) =>
        ResidentIdNumber.TryParse(value, today, out _, out var error) ? null : Text.Pick(MessageZh(value, error!), error!);

    private static string MessageZh(string? value, string englishError) => englishError switch
    {
        _ when TypedText.Compact(value).Length != ResidentIdNumber.Length => "身份证号应为18位（最后一位可以是X）。",
        _ when englishError.Contains("region", StringComparison.Ordinal) => "身份证号开头的地区代码不正确。",
        _ when englishError.Contains("birth", StringComparison.Ordinal) => "身份证号中的出生日期不正确。",
        _ when englishError.Contains("check", StringComparison.Ordinal) => "身份证号最后一位校验码不对，请逐位核对。",
        _ => "身份证号格式不正确。",
    };
}
