using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports;

/// <summary>
/// Where every completion figure comes from: the nightly snapshot for the finished days of a period
/// and today's live figures (computed with the snapshot's own definitions) for today. The completion
/// report, the breach forecast and the public on-time rates all read through it, so one definition is
/// added up in one way (docs/metrics.md).
/// </summary>
internal sealed class CompletionFiguresSource(IApplicationDbContext db, ILiveFigures live)
{
    /// <summary>One row per day × department × item × county of [<paramref name="from"/>, <paramref name="to"/>], up to today.</summary>
    public async Task<IReadOnlyList<DailyFigures>> DailyAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, CancellationToken cancellationToken)
    {
        var rows = new List<DailyFigures>();
        var lastFinished = Min(to, today.AddDays(-1));
        if (from <= lastFinished)
        {
            rows.AddRange(await db.DailyStatistics.AsNoTracking()
                .Where(s => s.Day >= from && s.Day <= lastFinished && s.CountyCode.StartsWith(countyPrefix))
                .Select(s => new DailyFigures
                {
                    Day = s.Day, DepartmentCode = s.DepartmentCode, ItemCode = s.ItemCode, CountyCode = s.CountyCode,
                    Received = s.Received, Accepted = s.Accepted, Completed = s.Completed, CompletedOnTime = s.CompletedOnTime,
                    CompletedOnTimeExtended = s.CompletedOnTimeExtended, WorkingDaysTaken = s.WorkingDaysTaken, Open = s.Open, Overdue = s.Overdue,
                })
                .ToListAsync(cancellationToken));
        }

        rows.AddRange(await TodayAsync(from, to, today, countyPrefix, cancellationToken));
        return rows;
    }

    /// <summary>
    /// The flows of [<paramref name="from"/>, <paramref name="to"/>] added up per department, item and
    /// county by the database (the snapshot's days) plus today's live rows: a few rows however long the
    /// period. Stocks (open, overdue) are left at zero; read them with <see cref="DailyAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<DailyFigures>> FlowTotalsAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, CancellationToken cancellationToken)
    {
        var rows = new List<DailyFigures>();
        var lastFinished = Min(to, today.AddDays(-1));
        if (from <= lastFinished)
        {
            rows.AddRange(await db.DailyStatistics.AsNoTracking()
                .Where(s => s.Day >= from && s.Day <= lastFinished && s.CountyCode.StartsWith(countyPrefix))
                .GroupBy(s => new { s.DepartmentCode, s.ItemCode, s.CountyCode })
                .Select(g => new DailyFigures
                {
                    Day = lastFinished, DepartmentCode = g.Key.DepartmentCode, ItemCode = g.Key.ItemCode, CountyCode = g.Key.CountyCode,
                    Received = g.Sum(s => (long)s.Received), Accepted = g.Sum(s => (long)s.Accepted), Completed = g.Sum(s => (long)s.Completed),
                    CompletedOnTime = g.Sum(s => (long)s.CompletedOnTime), CompletedOnTimeExtended = g.Sum(s => (long)s.CompletedOnTimeExtended),
                    WorkingDaysTaken = g.Sum(s => (long)s.WorkingDaysTaken),
                })
                .ToListAsync(cancellationToken));
        }

        foreach (var row in await TodayAsync(from, to, today, countyPrefix, cancellationToken))
        {
            row.Open = row.Overdue = 0;
            rows.Add(row);
        }

        return rows;
    }

    private async Task<IReadOnlyList<DailyFigures>> TodayAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, CancellationToken cancellationToken) =>
        to >= today && from <= today
            ? await live.TodayAsync(today, ChinaTime.StartOfDayUtc(today), ChinaTime.StartOfDayUtc(today.AddDays(1)), countyPrefix, cancellationToken)
            : [];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
