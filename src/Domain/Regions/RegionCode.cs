namespace ReliefPlatform.Domain.Regions;

/// <summary>Arithmetic on division codes: 6 digits to county, 9 township, 12 village.</summary>
public static class RegionCode
{
    public const int MaxLength = 12;

    /// <summary>The county (县级) a division belongs to: its first six digits. Cases are handled there.</summary>
    public static string CountyOf(string code) => code[..6];

    /// <summary>
    /// The prefix every code under <paramref name="code"/> starts with: <c>53</c> for the province
    /// 530000, <c>5301</c> for the prefecture 530100, the code itself below that.
    /// </summary>
    public static string SubtreePrefix(string code)
    {
        if (code.Length == 6 && code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code[..2];
        }

        if (code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal))
        {
            return code[..4];
        }

        return code;
    }

    public static bool IsWithin(string code, string ancestor) =>
        code.StartsWith(SubtreePrefix(ancestor), StringComparison.Ordinal);
}
