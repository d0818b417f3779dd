using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReliefPlatform.Domain.Common;

/// <summary>
/// What people type on phones, read as they meant it: full-width digits and letters (Chinese input
/// methods give them) as ASCII, digits grouped with spaces or hyphens, a unit word after a number. The
/// phone page reads input the same way before it sends (web/src/lib/form.js).
/// </summary>
public static partial class TypedText
{
    /// <summary>Full-width forms as ASCII (NFKC), without the spaces and hyphens people group digits with.</summary>
    public static string Compact(string? input) =>
        string.Concat((input ?? string.Empty).Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-'));

    /// <summary><c>3口</c>, <c>4,200元</c>, <c>４２００ 块钱</c>: the number, without its unit word or thousands separators.</summary>
    public static bool TryNumber(string? input, out decimal number)
    {
        var text = UnitWord().Replace(string.Concat((input ?? string.Empty).Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))), string.Empty);
        if (ThousandsGrouped().IsMatch(text))
        {
            text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    // 口 (people in a household), 元/块 (yuan), 人, 个, 岁, 亩.
    [GeneratedRegex("(块钱|口人|元|块|口|人|个|岁|亩)$")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsGrouped();
}
