using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>A service item's code, such as <c>civil.dibao</c>: lower-case letters, digits, <c>.</c>, <c>-</c> and <c>_</c>.</summary>
[JsonConverter(typeof(CodeJsonConverter<ItemCode>))]
public sealed record ItemCode : ICode<ItemCode>
{
    public const int MaxLength = 48;

    private ItemCode(string value) => Value = value;

    public string Value { get; }

    public static string Field => "itemCode";

    public static string Problem => Text.Pick("没有这个申请事项。", "There is no such service item.");

    public static bool IsWellFormed([NotNullWhen(true)] string? value) => Codes.IsSlug(value, MaxLength, ".-_");

    /// <summary>The code, or a <see cref="CodeFormatException"/> when <paramref name="s"/> does not have its shape.</summary>
    public static ItemCode Parse(string s) => Codes.Parse<ItemCode>(s);

    static ItemCode IParsable<ItemCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out ItemCode result) => Codes.TryCreate(IsWellFormed(s), s, v => new ItemCode(v), out result);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ItemCode result) => TryParse(s, out result);

    public override string ToString() => Value;
}
