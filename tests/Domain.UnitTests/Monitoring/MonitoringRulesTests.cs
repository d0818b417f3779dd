using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Monitoring;

/// <summary>
/// The shipped rules file at every boundary: exactly at a line is not under it, one yuan less is.
/// Thresholds: poverty line 4,000, warning factor 1.5 (warning line 6,000), monitoring line 7,000,
/// large spending 10,000; then the same households under changed figures, which are data only.
/// </summary>
public sealed class MonitoringRulesTests
{
    private static readonly MonitoringRuleSet Rules = MonitoringRuleSet.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedData", "monitoring-rules.json")));
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    private static MonitoringThresholds Thresholds(decimal poverty = 4_000, decimal factor = 1.5m, decimal monitoring = 7_000, decimal spending = 10_000) =>
        new(2026, RegionCode.Parse("530000"), poverty, factor, monitoring, spending, Now);

    private static MonitoringAssessment Evaluate(decimal income, decimal spending = 0, Hardship hardships = Hardship.None, bool formerlyPoor = false, MonitoringThresholds? thresholds = null) =>
        Rules.Evaluate(new HouseholdFacts(income, spending, hardships, formerlyPoor), thresholds ?? Thresholds());

    [Theory]
    [InlineData(0, WarningLevel.Red)]
    [InlineData(3_999, WarningLevel.Red)]
    [InlineData(3_999.99, WarningLevel.Red)]
    [InlineData(4_000, WarningLevel.Blue)]
    [InlineData(5_999, WarningLevel.Blue)]
    [InlineData(6_000, WarningLevel.Yellow)]
    [InlineData(6_999, WarningLevel.Yellow)]
    [InlineData(7_000, WarningLevel.Green)]
    [InlineData(50_000, WarningLevel.Green)]
    public void IncomeAlone_SetsTheLevel_AtEachLine(decimal income, WarningLevel expected) =>
        Assert.Equal(expected, Evaluate(income).Level);

    [Theory]
    [InlineData(10_000, Hardship.SeriousIllness, WarningLevel.Purple)]
    [InlineData(9_999, Hardship.SeriousIllness, WarningLevel.Green)]
    [InlineData(10_000, Hardship.Disaster, WarningLevel.Purple)]
    [InlineData(10_000, Hardship.SchoolingCosts, WarningLevel.Purple)]
    [InlineData(10_000, Hardship.Disability, WarningLevel.Purple)]
    [InlineData(10_000, Hardship.Epidemic, WarningLevel.Purple)]
    [InlineData(10_000, Hardship.None, WarningLevel.Green)]
    [InlineData(0, Hardship.LossOfWork, WarningLevel.Purple)]
    [InlineData(0, Hardship.SeriousIllness, WarningLevel.Green)]
    public void Purple_IsLargeUnavoidableSpendingWithItsCause_OrLossOfWork_WhateverTheIncome(decimal spending, Hardship hardship, WarningLevel expected)
    {
        var assessment = Evaluate(20_000, spending, hardship);

        Assert.Equal(expected, assessment.Level);
        Assert.Equal(expected == WarningLevel.Purple ? MonitoringGroup.SuddenSevereHardship : MonitoringGroup.None, assessment.Groups);
    }

    [Fact]
    public void TheMostSevereLevelWins_AndGroupsAddUp()
    {
        var assessment = Evaluate(3_000, 12_000, Hardship.SeriousIllness);

        Assert.Equal(WarningLevel.Red, assessment.Level);
        Assert.Equal("red-under-poverty-line", assessment.LevelRuleId);
        Assert.Equal(MonitoringGroup.MarginalProneToPoverty | MonitoringGroup.SuddenSevereHardship, assessment.Groups);
    }

    [Theory]
    [InlineData(6_999, true, MonitoringGroup.UnstableOutOfPoverty)]
    [InlineData(7_000, true, MonitoringGroup.None)]
    [InlineData(6_999, false, MonitoringGroup.MarginalProneToPoverty)]
    [InlineData(7_000, false, MonitoringGroup.None)]
    public void Groups_FollowTheMonitoringLine_AndWhetherTheHouseholdWasRegisteredPoor(decimal income, bool formerlyPoor, MonitoringGroup expected) =>
        Assert.Equal(expected, Evaluate(income, formerlyPoor: formerlyPoor).Groups);

    [Fact]
    public void ChangedThresholds_MoveTheSameHousehold_WithoutAnyChangeOfCode()
    {
        Assert.Equal(WarningLevel.Green, Evaluate(7_200).Level);
        Assert.Equal(WarningLevel.Yellow, Evaluate(7_200, thresholds: Thresholds(monitoring: 7_500)).Level);
        Assert.Equal(WarningLevel.Blue, Evaluate(7_200, thresholds: Thresholds(factor: 2m)).Level);
        Assert.Equal(WarningLevel.Red, Evaluate(7_200, thresholds: Thresholds(poverty: 7_201, monitoring: 12_000)).Level);
        Assert.Equal(WarningLevel.Green, Evaluate(20_000, 10_000, Hardship.SeriousIllness, thresholds: Thresholds(spending: 10_001)).Level);
    }

    [Fact]
    public void Explanations_GiveTheFiguresInPlainWords_InChineseAndEnglish()
    {
        var facts = new HouseholdFacts(3_999, 0, Hardship.None, false);
        var thresholds = Thresholds();
        var assessment = Rules.Evaluate(facts, thresholds);

        Assert.StartsWith("人均纯收入 3,999 元，低于贫困线 4,000 元", Rules.Explain(assessment, facts, thresholds, english: false), StringComparison.Ordinal);
        Assert.StartsWith("income per person of 3,999 yuan is under the poverty line of 4,000 yuan", Rules.Explain(assessment, facts, thresholds, english: true), StringComparison.Ordinal);

        var ill = new HouseholdFacts(20_000, 12_500, Hardship.SeriousIllness | Hardship.Disability, false);
        var purple = Rules.Evaluate(ill, thresholds);
        Assert.Equal("因大病、残疾产生刚性支出 12,500 元，达到 10,000 元；因大病、残疾纳入突发严重困难户", Rules.Explain(purple, ill, thresholds, english: false));
        Assert.Equal("unavoidable spending of 12,500 yuan because of serious illness, disability reaches 10,000 yuan; serious illness, disability: a household in sudden severe hardship", Rules.Explain(purple, ill, thresholds, english: true));
        Assert.Equal("未触发预警规则", Rules.Explain(Evaluate(9_000), new HouseholdFacts(9_000, 0, Hardship.None, false), thresholds, english: false));
    }

    [Fact]
    public void Thresholds_TheMostSpecificRegionCoveringTheHouseholdApplies()
    {
        var province = Thresholds();
        var kunming = new MonitoringThresholds(2026, RegionCode.Parse("530100"), 4_000, 1.5m, 7_500, 10_000, Now);
        var lastYear = new MonitoringThresholds(2025, RegionCode.Parse("530102"), 4_000, 1.5m, 6_800, 10_000, Now);
        MonitoringThresholds[] all = [province, kunming, lastYear];

        Assert.Same(kunming, MonitoringThresholds.For(all, 2026, "530102001001"));
        Assert.Same(province, MonitoringThresholds.For(all, 2026, "530302001"));
        Assert.Same(lastYear, MonitoringThresholds.For(all, 2025, "530102"));
        Assert.Null(MonitoringThresholds.For(all, 2024, "530102"));
        Assert.Same(kunming, MonitoringThresholds.For(all, 2030, "530102001001"));
    }

    [Fact]
    public void Household_RecordsEachChangeOfLevelWithItsRule_AndNothingWhenNothingMoves()
    {
        var household = new Household(RegionCode.Parse("530102001001"), "张三", Guid.NewGuid(), Now);
        household.Record("张三", [new HouseholdMember("张三", "530102196001011238", "bi1:x", "head")], 9_000, 0, Hardship.None, false, Now);
        var thresholds = Thresholds();

        var explained = 0;
        string Explain(bool english)
        {
            explained++;
            return english ? "en" : "zh";
        }

        var first = household.Apply(Rules.Evaluate(household.Facts, thresholds), Explain, null, Now);
        var same = household.Apply(Rules.Evaluate(household.Facts, thresholds), Explain, null, Now);
        Assert.Equal(2, explained);
        household.Record("张三", household.Members, 9_000, 15_000, Hardship.SeriousIllness, false, Now);
        var worse = household.Apply(Rules.Evaluate(household.Facts, thresholds), Explain, Guid.NewGuid(), Now);

        Assert.NotNull(first);
        Assert.Null(first.FromLevel);
        Assert.Equal(("zh", "en"), (first.ExplanationZh, first.ExplanationEn));
        Assert.Null(same);
        Assert.NotNull(worse);
        Assert.Equal((WarningLevel.Green, WarningLevel.Purple), (worse.FromLevel!.Value, worse.ToLevel));
        Assert.Equal("purple-large-unavoidable-spending", worse.RuleId);
        Assert.True(worse.Worsened);
        Assert.Equal(2, household.Changes.Count);
        Assert.Equal("2026/530000/1", household.ThresholdsKey);
    }

    [Fact]
    public void Thresholds_RefuseNonsense()
    {
        Assert.Throws<ReliefPlatform.Domain.Common.DomainException>(() => Thresholds(poverty: 0));
        Assert.Throws<ReliefPlatform.Domain.Common.DomainException>(() => Thresholds(factor: 0.9m));
    }
}
