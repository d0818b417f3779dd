using System.Text.RegularExpressions;

namespace ReliefPlatform.Application.Common.Security;

/// <summary>
/// Masks anything shaped like a resident ID number or a mainland mobile number in free text bound for
/// logs or the audit trail. A last line of defence: code does not put personal data there on purpose.
/// </summary>
public static partial class PersonalDataRedactor
{
    public static string Redact(string text) =>
        text.Length < 11 ? text : Mobile().Replace(IdNumber().Replace(text, m => m.Value[..4] + "**********" + m.Value[^4..]), m => m.Value[..3] + "****" + m.Value[^4..]);

    // 18 characters: six region digits, a birth date from 18xx–20xx, three digits and a check character.
    [GeneratedRegex("(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex Mobile();
}
