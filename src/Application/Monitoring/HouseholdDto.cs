using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Monitoring;

/// <summary>A household as staff see it: member ID numbers masked, the level with its colour, and why.</summary>
public sealed record HouseholdDto(
    Guid Id,
    string RegionCode,
    string HeadName,
    IReadOnlyList<HouseholdMemberDto> Members,
    decimal PerCapitaIncome,
    decimal UnavoidableSpending,
    IReadOnlyList<string> Hardships,
    bool FormerlyPoor,
    string Level,
    int LevelNumber,
    string LevelName,
    IReadOnlyList<string> Groups,
    string? Explanation,
    DateTime? EvaluatedAt,
    Guid Version,
    IReadOnlyList<HouseholdLevelChangeDto> Changes);

public sealed record HouseholdMemberDto(string Name, string IdNumber, string Relation);

public sealed record HouseholdLevelChangeDto(DateTime At, string? FromLevel, string ToLevel, IReadOnlyList<string> FromGroups, IReadOnlyList<string> ToGroups, string? RuleId, string Explanation, string By);

/// <summary>A row of the register list.</summary>
public sealed record HouseholdSummaryDto(Guid Id, string RegionCode, string HeadName, int Members, decimal PerCapitaIncome, string Level, int LevelNumber, string LevelName, IReadOnlyList<string> Groups, DateTime UpdatedAt);

public sealed record HouseholdPageDto(IReadOnlyList<HouseholdSummaryDto> Items, int Total, int Page, int PageSize);

internal static class HouseholdMapping
{
    public static HouseholdDto ToDto(this Household h, string? explanation) => new(
        h.Id,
        h.RegionCode,
        h.HeadName,
        [.. h.Members.Select(m => new HouseholdMemberDto(m.Name, ResidentIdNumber.Mask(m.IdNumber), m.Relation))],
        h.PerCapitaIncome,
        h.UnavoidableSpending,
        Names(h.Hardships),
        h.FormerlyPoor,
        h.Level.ToString(),
        (int)h.Level,
        LevelName(h.Level),
        Names(h.Groups),
        explanation,
        h.EvaluatedAt,
        h.Version,
        [.. h.Changes.OrderBy(c => c.At).Select(c => new HouseholdLevelChangeDto(
            c.At, c.FromLevel?.ToString(), c.ToLevel.ToString(), Names(c.FromGroups), Names(c.ToGroups), c.RuleId,
            Text.IsEnglish ? c.ExplanationEn : c.ExplanationZh, c.ActorId is null ? "job" : "official"))]);

    /// <summary>"Ⅲ级（紫色）" or "III (purple)".</summary>
    public static string LevelName(WarningLevel level) => level switch
    {
        WarningLevel.Red => Text.Pick("Ⅰ级（红色）", "I (red)"),
        WarningLevel.Blue => Text.Pick("Ⅱ级（蓝色）", "II (blue)"),
        WarningLevel.Purple => Text.Pick("Ⅲ级（紫色）", "III (purple)"),
        WarningLevel.Yellow => Text.Pick("Ⅳ级（黄色）", "IV (yellow)"),
        _ => Text.Pick("Ⅴ级（绿色）", "V (green)"),
    };

    public static IReadOnlyList<string> Names<TFlags>(TFlags flags)
        where TFlags : struct, Enum =>
        [.. Enum.GetValues<TFlags>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).Select(f => f.ToString())];
}
