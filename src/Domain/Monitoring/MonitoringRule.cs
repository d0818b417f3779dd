using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReliefPlatform.Domain.Monitoring;

/// <summary>The facts about a household that the rules read.</summary>
public sealed record HouseholdFacts(decimal PerCapitaIncome, decimal UnavoidableSpending, Hardship Hardships, bool FormerlyPoor);

/// <summary>
/// One monitoring rule, read from <c>SeedData/monitoring-rules.json</c>: every condition it names must
/// hold (income under a line, any of some hardship flags, large unavoidable spending, whether the
/// household was registered poor). It sets a warning level, adds a group, or both. The texts explain a
/// match in plain words, with {income}, {line}, {spending}, {spendingLine} and {flags} filled in.
/// </summary>
public sealed record MonitoringRule
{
    public required string Id { get; init; }

    public WarningLevel? Level { get; init; }

    public MonitoringGroup Group { get; init; }

    public IncomeLine? IncomeBelow { get; init; }

    public Hardship AnyOf { get; init; }

    public bool LargeSpending { get; init; }

    public bool? FormerlyPoor { get; init; }

    public required string Zh { get; init; }

    public required string En { get; init; }

    public bool Matches(HouseholdFacts facts, MonitoringThresholds thresholds) =>
        (IncomeBelow is not { } line || facts.PerCapitaIncome < thresholds.LineOf(line))
        && (AnyOf == Hardship.None || (facts.Hardships & AnyOf) != 0)
        && (!LargeSpending || facts.UnavoidableSpending >= thresholds.LargeSpendingLine)
        && (FormerlyPoor is not { } poor || facts.FormerlyPoor == poor);

    public string Explain(HouseholdFacts facts, MonitoringThresholds thresholds, bool english)
    {
        var line = IncomeBelow is { } l ? thresholds.LineOf(l) : thresholds.MonitoringLine;
        return (english ? En : Zh)
            .Replace("{income}", Yuan(facts.PerCapitaIncome), StringComparison.Ordinal)
            .Replace("{line}", Yuan(line), StringComparison.Ordinal)
            .Replace("{spending}", Yuan(facts.UnavoidableSpending), StringComparison.Ordinal)
            .Replace("{spendingLine}", Yuan(thresholds.LargeSpendingLine), StringComparison.Ordinal)
            .Replace("{flags}", FlagNames(facts.Hardships & (AnyOf == Hardship.None ? facts.Hardships : AnyOf), english), StringComparison.Ordinal);
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string FlagNames(Hardship flags, bool english) => string.Join(
        english ? ", " : "、",
        Enum.GetValues<Hardship>().Where(f => f != Hardship.None && flags.HasFlag(f)).Select(f => english ? EnglishName(f) : ChineseName(f)));

    private static string ChineseName(Hardship flag) => flag switch
    {
        Hardship.SeriousIllness => "大病",
        Hardship.Disability => "残疾",
        Hardship.Disaster => "灾害",
        Hardship.SchoolingCosts => "就学",
        Hardship.LossOfWork => "失去劳动能力或务工收入",
        _ => "疫情",
    };

    private static string EnglishName(Hardship flag) => flag switch
    {
        Hardship.SeriousIllness => "serious illness",
        Hardship.Disability => "disability",
        Hardship.Disaster => "disaster",
        Hardship.SchoolingCosts => "schooling costs",
        Hardship.LossOfWork => "loss of work or work ability",
        _ => "epidemic",
    };
}

/// <summary>The outcome of the rules for one household: the most severe level any rule set, every group added, and why.</summary>
public sealed record MonitoringAssessment(WarningLevel Level, MonitoringGroup Groups, string? LevelRuleId, IReadOnlyList<string> MatchedRuleIds, string ThresholdsKey);

/// <summary>The rule set: evaluated in full, the most severe level wins (green when none sets one).</summary>
public sealed class MonitoringRuleSet(IReadOnlyList<MonitoringRule> rules)
{
    public IReadOnlyList<MonitoringRule> Rules { get; } = rules;

    public MonitoringAssessment Evaluate(HouseholdFacts facts, MonitoringThresholds thresholds)
    {
        var matched = Rules.Where(r => r.Matches(facts, thresholds)).ToList();
        var levelRule = matched.Where(r => r.Level is not null).OrderBy(r => r.Level).FirstOrDefault();
        var groups = matched.Aggregate(MonitoringGroup.None, (all, r) => all | r.Group);
        return new MonitoringAssessment(levelRule?.Level ?? WarningLevel.Green, groups, levelRule?.Id, [.. matched.Select(r => r.Id)], thresholds.Key);
    }

    public MonitoringRule? Find(string? id) => id is null ? null : Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>The explanation of an assessment: the level rule's text, or that no rule applied.</summary>
    public string Explain(MonitoringAssessment assessment, HouseholdFacts facts, MonitoringThresholds thresholds, bool english)
    {
        var reasons = assessment.MatchedRuleIds.Select(Find).OfType<MonitoringRule>()
            .Select(r => r.Explain(facts, thresholds, english)).Distinct().ToList();
        return reasons.Count == 0
            ? english ? "no warning rule applies" : "未触发预警规则"
            : string.Join(english ? "; " : "；", reasons);
    }

    /// <summary>Reads the rules file: <c>{ "rules": [ ... ] }</c> with enum names as strings.</summary>
    public static MonitoringRuleSet FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<RulesFile>(json, JsonOptions) ?? throw new InvalidDataException("The monitoring rules file is empty.");
        var duplicate = file.Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null || file.Rules.Any(r => r.Level is null && r.Group == MonitoringGroup.None))
        {
            throw new InvalidDataException("Monitoring rules need unique ids, and each must set a level or a group.");
        }

        return new MonitoringRuleSet(file.Rules);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record RulesFile(IReadOnlyList<MonitoringRule> Rules);
}
