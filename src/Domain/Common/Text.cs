using System.Globalization;

namespace ReliefPlatform.Domain.Common;

/// <summary>
/// Messages that people read are Chinese first, English second; the request's UI culture picks one.
/// </summary>
public static class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string zh, string en) => IsEnglish ? en : zh;
}
