using System.Globalization;

namespace ReliefPlatform.Domain.Residents;

/// <summary>
/// The 18-character resident ID number (GB 11643): a six-digit region of household registration,
/// the birth date, a sequence number and an ISO 7064 MOD 11-2 check character.
/// </summary>
public sealed record ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Provinces and equivalents of GB/T 2260 (first two digits), plus Hong Kong, Macao and Taiwan.
    private static readonly HashSet<string> ProvincePrefixes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public string RegionCode => Value[..6];

    /// <summary><c>5301**********123X</c>: the province and city, and the last four.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) =>
        value.Length == Length ? string.Concat(value.AsSpan(0, 4), new string('*', 10), value.AsSpan(14)) : "******";

    public static ResidentIdNumber Parse(string? input, DateOnly today) =>
        TryParse(input, today, out var id, out var error) ? id! : throw new InvalidIdNumberException(error!);

    public static bool TryParse(string? input, DateOnly today, out ResidentIdNumber? id, out string? error)
    {
        id = null;
        var value = Common.TypedText.Compact(input).ToUpperInvariant();
        if (value.Length != Length || !value.AsSpan(0, 17).ContainsOnlyDigits() || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            error = "The resident ID number must be 17 digits followed by a digit or X.";
            return false;
        }

        if (!ProvincePrefixes.Contains(value[..2]))
        {
            error = "The resident ID number does not begin with a region code of China.";
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
        {
            error = "The birth date in the resident ID number is not a real date.";
            return false;
        }

        if (value[17] != CheckCharacterOf(value))
        {
            error = "The check character of the resident ID number is wrong; please check each digit.";
            return false;
        }

        error = null;
        id = new ResidentIdNumber(value, birth);
        return true;
    }

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Masked;
}

internal static class SpanExtensions
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
