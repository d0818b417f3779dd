using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring;

/// <summary>Runs the rules on a household under the thresholds that cover it this year, and records what changed.</summary>
internal sealed class HouseholdEvaluator(IApplicationDbContext db, MonitoringRuleSet rules, TimeProvider clock)
{
    public MonitoringRuleSet Rules => rules;

    public int Year => ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;

    public async Task<IReadOnlyList<MonitoringThresholds>> ThresholdsAsync(CancellationToken cancellationToken) =>
        await db.MonitoringThresholds.AsNoTracking().ToListAsync(cancellationToken);

    public MonitoringThresholds ThresholdsFor(IReadOnlyList<MonitoringThresholds> all, string regionCode) =>
        MonitoringThresholds.For(all, Year, regionCode)
        ?? throw new DomainException("no-thresholds", Text.Pick(
            $"{Year} 年及以前都没有覆盖本地区的监测标准，请管理员先设置。", $"No monitoring thresholds cover this region in {Year} or before; an administrator must set them first."));

    /// <summary>Evaluates and applies; answers the recorded change, or null when level and groups stayed.</summary>
    public HouseholdLevelChange? Evaluate(Household household, IReadOnlyList<MonitoringThresholds> all, Guid? actorId) =>
        Evaluate(household, ThresholdsFor(all, household.RegionCode), actorId);

    /// <summary>The same, under <paramref name="thresholds"/>: those covering the household this year (<see cref="ThresholdsFor"/>).</summary>
    public HouseholdLevelChange? Evaluate(Household household, MonitoringThresholds thresholds, Guid? actorId)
    {
        var facts = household.Facts;
        var assessment = rules.Evaluate(facts, thresholds);
        return household.Apply(assessment, english => Cut(rules.Explain(assessment, facts, thresholds, english)), actorId, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The current explanation in the caller's language, with today's figures.</summary>
    public string? Explain(Household household, IReadOnlyList<MonitoringThresholds> all)
    {
        if (MonitoringThresholds.For(all, Year, household.RegionCode) is not { } thresholds)
        {
            return null;
        }

        var facts = household.Facts;
        return rules.Explain(rules.Evaluate(facts, thresholds), facts, thresholds, Text.IsEnglish);
    }

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500];
}
