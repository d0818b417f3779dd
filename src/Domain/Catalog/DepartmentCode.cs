using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>A department's code, such as <c>civil</c>: lower-case letters, digits, <c>-</c> and <c>_</c>.</summary>
[JsonConverter(typeof(CodeJsonConverter<DepartmentCode>))]
public sealed record DepartmentCode : ICode<DepartmentCode>
{
    public const int MaxLength = 16;

    private DepartmentCode(string value) => Value = value;

    public string Value { get; }

    public static string Field => "departmentCode";

    public static string Problem => Text.Pick("没有这个部门。", "There is no such department.");

    public static bool IsWellFormed([NotNullWhen(true)] string? value) => Codes.IsSlug(value, MaxLength, "-_");

    /// <summary>The code, or a <see cref="CodeFormatException"/> when <paramref name="s"/> does not have its shape.</summary>
    public static DepartmentCode Parse(string s) => Codes.Parse<DepartmentCode>(s);

    static DepartmentCode IParsable<DepartmentCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out DepartmentCode result) => Codes.TryCreate(IsWellFormed(s), s, v => new DepartmentCode(v), out result);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DepartmentCode result) => TryParse(s, out result);

    public override string ToString() => Value;
}
