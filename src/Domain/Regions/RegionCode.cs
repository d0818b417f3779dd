using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Regions;

/// <summary>
/// An administrative division code (行政区划代码): 6 digits to county (GB/T 2260), 9 for a township,
/// 12 for a village. The arithmetic below reads the level from the shape, as the codes are built.
/// </summary>
[JsonConverter(typeof(CodeJsonConverter<RegionCode>))]
public sealed record RegionCode : ICode<RegionCode>
{
    public const int MaxLength = 12;
    public const int CountyLength = 6;
    public const int TownshipLength = 9;

    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public static string Field => "regionCode";

    public static string Problem => Text.Pick("地区代码应为6、9或12位数字。", "A region code has 6, 9 or 12 digits.");

    /// <summary>The county (县级) this division belongs to: its first six digits. Cases are handled there.</summary>
    public RegionCode County => Value.Length == CountyLength ? this : new(Value[..CountyLength]);

    /// <summary>
    /// The prefix every code under this one starts with: <c>53</c> for the province 530000,
    /// <c>5301</c> for the prefecture 530100, the code itself below that.
    /// </summary>
    public string SubtreePrefix => SubtreePrefixOf(Value);

    public static bool IsWellFormed([NotNullWhen(true)] string? value) =>
        value is { Length: CountyLength or 9 or MaxLength } && value.All(char.IsAsciiDigit);

    /// <summary>The code, or a <see cref="CodeFormatException"/> when <paramref name="s"/> does not have its shape.</summary>
    public static RegionCode Parse(string s) => Codes.Parse<RegionCode>(s);

    static RegionCode IParsable<RegionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out RegionCode result) => Codes.TryCreate(IsWellFormed(s), s, v => new RegionCode(v), out result);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out RegionCode result) => TryParse(s, out result);

    /// <summary>
    /// The same arithmetic on a raw code, for codes read from a column or a token, which were
    /// checked when written; a query's <c>StartsWith</c> takes the prefix as a string.
    /// </summary>
    public static string SubtreePrefixOf(string code)
    {
        if (code.Length == CountyLength && code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code[..2];
        }

        if (code.Length == CountyLength && code.EndsWith("00", StringComparison.Ordinal))
        {
            return code[..4];
        }

        return code;
    }

    /// <summary>The county of a raw code read from a column.</summary>
    public static string CountyOf(string code) => code[..CountyLength];

    /// <summary>Whether the raw <paramref name="code"/> lies in the subtree of the raw <paramref name="ancestor"/>.</summary>
    public static bool IsWithin(string code, string ancestor) =>
        code.StartsWith(SubtreePrefixOf(ancestor), StringComparison.Ordinal);

    public bool IsWithin(RegionCode ancestor) => Value.StartsWith(ancestor.SubtreePrefix, StringComparison.Ordinal);

    public override string ToString() => Value;
}
