using System.Diagnostics.CodeAnalysis;

namespace ReliefPlatform.Domain.Common;

/// <summary>The parsing the code types share; each type states only its shape.</summary>
public static class Codes
{
    public static TCode Parse<TCode>(string? value)
        where TCode : class, ICode<TCode> =>
        TryParse<TCode>(value, out var code) ? code : throw new CodeFormatException(TCode.Field, TCode.Problem);

    public static bool TryParse<TCode>([NotNullWhen(true)] string? value, [MaybeNullWhen(false)] out TCode code)
        where TCode : class, ICode<TCode> =>
        TCode.TryParse(value, null, out code);

    /// <summary>Null for null, else the parsed code: an optional code sent as text, where blank is not missing.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static TCode? ParseOptional<TCode>(string? value)
        where TCode : class, ICode<TCode> =>
        value is null ? null : Parse<TCode>(value);

    /// <summary>
    /// A code a request sent as text: blank is missing (null), so the request's validator answers it as
    /// before; anything else parses or throws <see cref="CodeFormatException"/>.
    /// </summary>
    public static TCode? FromRequest<TCode>(string? value)
        where TCode : class, ICode<TCode> =>
        string.IsNullOrWhiteSpace(value) ? null : Parse<TCode>(value);

    internal static bool TryCreate<TCode>(bool wellFormed, string? value, Func<string, TCode> create, [MaybeNullWhen(false)] out TCode code)
        where TCode : class
    {
        code = wellFormed ? create(value!) : null;
        return code is not null;
    }

    /// <summary>Lower-case ASCII letters and digits, and the separators given, starting with a letter or digit.</summary>
    internal static bool IsSlug(string? value, int maxLength, string separators) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength && (char.IsAsciiLetterLower(value[0]) || char.IsAsciiDigit(value[0]))
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || separators.Contains(c, StringComparison.Ordinal));
}
