using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports;

/// <summary>
/// The counts behind a per-stage figure and the one place its rates are derived (docs/metrics.md,
/// "Stages", under <see cref="CompletionFigures.MetricsVersion"/>), as <see cref="CompletionFigures"/> is for applications.
/// </summary>
public sealed record StageFigures(long Finished, long FinishedOnTime, long SentBack, long WorkingDaysTaken, long Open, long Overdue)
{
    public static readonly StageFigures Zero = new(0, 0, 0, 0, 0, 0);

    public decimal? OnTimeRate => Finished == 0 ? null : Math.Round((decimal)FinishedOnTime / Finished, 4);

    public decimal? AverageWorkingDays => Finished == 0 ? null : Math.Round((decimal)WorkingDaysTaken / Finished, 1);

    public StageFigures Add(StageFigures other) => new(
        Finished + other.Finished, FinishedOnTime + other.FinishedOnTime, SentBack + other.SentBack,
        WorkingDaysTaken + other.WorkingDaysTaken, Open + other.Open, Overdue + other.Overdue);
}

/// <summary>
/// The per-stage figures of a region and period from the immutable stage records (<see cref="StageRecord"/>)
/// and the stage each open application is in, computed live: stage records are never rewritten, so a
/// period's flows are what they were, and the stocks are those at the period's end (now, for today).
/// The completion report and its exports both take them from here.
/// </summary>
internal sealed class StageReportBuilder(IApplicationDbContext db, ICatalog catalog)
{
    private sealed record Stage(string Key, StageKind Kind, OfficeLevel Office);

    public async Task<StageReportDto> BuildAsync(string region, DateOnly from, DateOnly to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var prefix = RegionCode.SubtreePrefixOf(region);
        var start = ChinaTime.StartOfDayUtc(from);
        var periodEnd = ChinaTime.StartOfDayUtc(to.AddDays(1));

        // As the report's stocks: at the end of the period's last day, or now when the period reaches today.
        var end = periodEnd < nowUtc ? periodEnd : nowUtc;
        var lastDay = ChinaTime.DateOf(nowUtc) < to ? ChinaTime.DateOf(nowUtc) : to;

        var counted = StageRecord.Counted;
        var records = db.StageRecords.AsNoTracking().Where(r => r.CountyCode.StartsWith(prefix));
        var finished = await records
            .Where(r => r.EndedAt >= start && r.EndedAt < end && counted.Contains(r.Outcome))
            .GroupBy(r => new { r.StageKey, r.Kind, r.Office })
            .Select(g => new
            {
                g.Key.StageKey,
                g.Key.Kind,
                g.Key.Office,
                Finished = g.LongCount(),
                OnTime = g.LongCount(r => r.OnTime),
                SentBack = g.LongCount(r => r.Outcome == StageOutcome.SentBack),
                Days = g.Sum(r => (long)r.WorkingDaysTaken),
            })
            .ToListAsync(cancellationToken);

        // In progress at the end: a stage that ended after it (its record), or the one an open case is in now.
        var endedLater = await records
            .Where(r => r.StartedAt < end && r.EndedAt >= end)
            .GroupBy(r => new { r.StageKey, r.Kind, r.Office })
            .Select(g => new { g.Key.StageKey, g.Key.Kind, g.Key.Office, Open = g.LongCount(), Overdue = g.LongCount(r => r.DueDate < lastDay) })
            .ToListAsync(cancellationToken);
        var open = ApplicationLifecycle.Open;
        var current = await db.Applications.AsNoTracking()
            .Where(a => a.CountyCode.StartsWith(prefix) && open.Contains(a.Status) && a.StageStartedAt < end)
            .GroupBy(a => new { a.StageKey, a.StageKind, a.StageOffice })
            .Select(g => new { g.Key.StageKey, Kind = g.Key.StageKind, Office = g.Key.StageOffice, Open = g.LongCount(), Overdue = g.LongCount(a => a.StageDueDate < lastDay) })
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<Stage, StageFigures>();
        void Add(Stage stage, StageFigures f) => figures[stage] = figures.GetValueOrDefault(stage, StageFigures.Zero).Add(f);
        finished.ForEach(r => Add(new(r.StageKey, r.Kind, r.Office), new(r.Finished, r.OnTime, r.SentBack, r.Days, 0, 0)));
        endedLater.ForEach(r => Add(new(r.StageKey, r.Kind, r.Office), StageFigures.Zero with { Open = r.Open, Overdue = r.Overdue }));
        current.ForEach(r => Add(new(r.StageKey, r.Kind, r.Office), StageFigures.Zero with { Open = r.Open, Overdue = r.Overdue }));

        var snapshot = await catalog.GetAsync(cancellationToken);
        var stages = figures
            .OrderBy(f => f.Key.Office).ThenBy(f => f.Key.Kind).ThenBy(f => f.Key.Key, StringComparer.Ordinal)
            .Select(f => Row(f.Key.Key, NameOf(f.Key, snapshot), f.Key.Office, f.Value))
            .ToList();
        var levels = figures
            .GroupBy(f => f.Key.Office)
            .OrderBy(g => g.Key)
            .Select(g => Row(g.Key.ToString(), LevelName(g.Key), g.Key, g.Aggregate(StageFigures.Zero, (sum, f) => sum.Add(f.Value))))
            .ToList();
        return new StageReportDto(stages, levels);
    }

    public static string LevelName(OfficeLevel office) => office == OfficeLevel.Township
        ? Text.Pick("乡镇（街道）", "Township")
        : Text.Pick("县级部门", "County department");

    private static StageRowDto Row(string key, string name, OfficeLevel office, StageFigures f) => new(
        key, name, office.ToString(), f.Finished, f.FinishedOnTime, f.SentBack, f.OnTimeRate, f.AverageWorkingDays, f.Open, f.Overdue);

    /// <summary>The stage's name in the catalog's procedures; items naming one key differently (确认, 审批) give both.</summary>
    private static string NameOf(Stage stage, CatalogSnapshot snapshot)
    {
        var names = snapshot.Items
            .SelectMany(i => i.Procedure.Stages)
            .Where(s => s.Key == stage.Key && s.Office == stage.Office)
            .Select(s => Text.Pick(s.Name, s.NameEn))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? stage.Key : string.Join(Text.Pick("、", " / "), names);
    }
}
