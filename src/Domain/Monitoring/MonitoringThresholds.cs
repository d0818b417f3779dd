using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Monitoring;

/// <summary>
/// The figures the monitoring rules compare with, for one year and one region (the province, a
/// prefecture or a county; the most specific one that covers a household applies). Data an
/// administrator sets, never code: changing them re-evaluates the households they cover.
/// </summary>
public sealed class MonitoringThresholds
{
    private MonitoringThresholds()
    {
        RegionCode = string.Empty;
    }

    public MonitoringThresholds(int year, Regions.RegionCode regionCode, decimal povertyLine, decimal warningFactor, decimal monitoringLine, decimal largeSpendingLine, DateTime nowUtc)
        : this()
    {
        Year = year;
        RegionCode = regionCode.Value;
        Change(povertyLine, warningFactor, monitoringLine, largeSpendingLine, nowUtc);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    /// <summary>A six-digit division: 530000 (province), 530100 (prefecture) or a county.</summary>
    public string RegionCode { get; private set; }

    /// <summary>The national poverty line, yuan per person per year.</summary>
    public decimal PovertyLine { get; private set; }

    /// <summary>The multiple of the poverty line under which a household is warned (Kunming: 1.5).</summary>
    public decimal WarningFactor { get; private set; }

    /// <summary>The province's monitoring line, yuan per person per year (Yunnan 2022: 7,000).</summary>
    public decimal MonitoringLine { get; private set; }

    /// <summary>Unavoidable spending in a year (medical, schooling, disaster) from which it counts as large, yuan per household.</summary>
    public decimal LargeSpendingLine { get; private set; }

    /// <summary>Goes up with every change; a household evaluated under an older revision is evaluated again.</summary>
    public int Revision { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public decimal WarningLine => decimal.Round(PovertyLine * WarningFactor, 2);

    public decimal LineOf(IncomeLine line) => line switch
    {
        IncomeLine.Poverty => PovertyLine,
        IncomeLine.Warning => WarningLine,
        _ => MonitoringLine,
    };

    /// <summary>Identifies the figures a household was evaluated under: year, region and revision.</summary>
    public string Key => $"{Year}/{RegionCode}/{Revision}";

    public bool Covers(string householdRegion) => Regions.RegionCode.IsWithin(householdRegion, RegionCode);

    public void Change(decimal povertyLine, decimal warningFactor, decimal monitoringLine, decimal largeSpendingLine, DateTime nowUtc)
    {
        if (povertyLine <= 0 || warningFactor < 1 || monitoringLine <= 0 || largeSpendingLine <= 0)
        {
            throw new DomainException("invalid-thresholds", Text.Pick("标准须为正数，预警倍数不小于 1。", "Lines must be positive and the warning factor at least 1."));
        }

        PovertyLine = povertyLine;
        WarningFactor = warningFactor;
        MonitoringLine = monitoringLine;
        LargeSpendingLine = largeSpendingLine;
        Revision++;
        ChangedAt = nowUtc;
    }

    /// <summary>
    /// The thresholds that apply to a household in a year: the latest year up to it that has figures
    /// covering the household (a new year keeps last year's until an administrator sets its own, so the
    /// register never stops on 1 January), and within that year the most specific region.
    /// </summary>
    public static MonitoringThresholds? For(IEnumerable<MonitoringThresholds> all, int year, string householdRegion) =>
        all.Where(t => t.Year <= year && t.Covers(householdRegion))
            .OrderByDescending(t => t.Year)
            .ThenByDescending(t => Regions.RegionCode.SubtreePrefixOf(t.RegionCode).Length)
            .FirstOrDefault();
}
