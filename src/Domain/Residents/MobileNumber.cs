namespace ReliefPlatform.Domain.Residents;

/// <summary>A mainland China mobile number: 11 digits beginning 13–19. Accepts +86, separators and full-width digits.</summary>
public sealed record MobileNumber
{
    private MobileNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary><c>138****8000</c>.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) =>
        value.Length == 11 ? string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(7)) : "***";

    public static bool TryParse(string? input, out MobileNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var digits = Common.TypedText.Compact(input);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        if (digits.Length != 11 || digits[0] != '1' || digits[1] < '3' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        number = new MobileNumber(digits);
        return true;
    }

    public static MobileNumber Parse(string? input) =>
        TryParse(input, out var number) ? number! : throw new Common.DomainException("invalid-phone", "The mobile number must be 11 digits beginning with 1.");

    public override string ToString() => Masked;
}
