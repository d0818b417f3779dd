using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports;

/// <summary>
/// Where every completion figure comes from: the nightly snapshot (whole months from its monthly
/// roll-up, other days from the daily rows) for the finished days of a period, and today's live
/// figures, computed with the snapshot's own definitions. The completion report, its exports, the
/// breach forecast and the public on-time rates all read through it (docs/metrics.md).
/// </summary>
internal sealed class CompletionFiguresSource(IApplicationDbContext db, ILiveFigures live)
{
    /// <summary>
    /// The report's rows for [<paramref name="from"/>, <paramref name="to"/>]: flows added up per
    /// department, item and county (or per day, <paramref name="byMonth"/>), the stocks of the last
    /// finished day (and of each month's last day, by month), and today's live rows.
    /// </summary>
    public async Task<List<DailyFigures>> ForReportAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, bool byMonth, CancellationToken cancellationToken)
    {
        var rows = new List<DailyFigures>();
        var lastFinished = Min(to, today.AddDays(-1));
        if (from <= lastFinished)
        {
            rows.AddRange(await SnapshotFlowsAsync(from, lastFinished, countyPrefix, byMonth, cancellationToken));
            rows.AddRange(await SnapshotStocksAsync(from, lastFinished, countyPrefix, byMonth, cancellationToken));
        }

        rows.AddRange(await TodayAsync(from, to, today, countyPrefix, cancellationToken));
        return rows;
    }

    /// <summary>
    /// The flows of [<paramref name="from"/>, <paramref name="to"/>] per department, item and county,
    /// today's included. Stocks (open, overdue) are left at zero.
    /// </summary>
    public async Task<IReadOnlyList<DailyFigures>> FlowTotalsAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, CancellationToken cancellationToken)
    {
        var rows = new List<DailyFigures>();
        var lastFinished = Min(to, today.AddDays(-1));
        if (from <= lastFinished)
        {
            rows.AddRange(await SnapshotFlowsAsync(from, lastFinished, countyPrefix, byMonth: false, cancellationToken));
        }

        foreach (var row in await TodayAsync(from, to, today, countyPrefix, cancellationToken))
        {
            row.Open = row.Overdue = 0;
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The flows of the period's finished days, added up by the database: whole months from the monthly
    /// roll-up, the days before the first and after the last whole month from the daily snapshot. A
    /// province's year is then a few tens of thousands of rows rather than hundreds of thousands.
    /// </summary>
    private async Task<List<DailyFigures>> SnapshotFlowsAsync(DateOnly from, DateOnly lastFinished, string prefix, bool byMonth, CancellationToken cancellationToken)
    {
        var firstFull = from.Day == 1 ? from : FirstOfMonth(from).AddMonths(1);
        // The month of the last finished day counts as whole when the snapshot holds nothing after that
        // day (the usual "up to yesterday"): its roll-up then covers exactly the days wanted.
        var through = await db.DailyStatistics.MaxAsync(d => (DateOnly?)d.Day, cancellationToken);
        var lastFullEnd = lastFinished.AddDays(1).Day == 1 || through <= lastFinished ? lastFinished : FirstOfMonth(lastFinished).AddDays(-1);
        if (firstFull > lastFullEnd)
        {
            (firstFull, lastFullEnd) = (lastFinished.AddDays(1), lastFinished);
        }

        var lastFullStart = FirstOfMonth(lastFullEnd);
        var flows = db.MonthlyStatistics.AsNoTracking()
            .Where(m => m.Month >= firstFull && m.Month <= lastFullStart && m.CountyCode.StartsWith(prefix))
            .Select(m => new DailyFigures
            {
                Day = m.Month,
                DepartmentCode = m.DepartmentCode,
                ItemCode = m.ItemCode,
                CountyCode = m.CountyCode,
                Received = m.Received,
                Accepted = m.Accepted,
                Completed = m.Completed,
                CompletedOnTime = m.CompletedOnTime,
                CompletedOnTimeExtended = m.CompletedOnTimeExtended,
                WorkingDaysTaken = m.WorkingDaysTaken,
            })
            .Concat(db.DailyStatistics.AsNoTracking()
                .Where(d => ((d.Day >= from && d.Day < firstFull) || (d.Day > lastFullEnd && d.Day <= lastFinished)) && d.CountyCode.StartsWith(prefix))
                .Select(d => new DailyFigures
                {
                    Day = d.Day,
                    DepartmentCode = d.DepartmentCode,
                    ItemCode = d.ItemCode,
                    CountyCode = d.CountyCode,
                    Received = d.Received,
                    Accepted = d.Accepted,
                    Completed = d.Completed,
                    CompletedOnTime = d.CompletedOnTime,
                    CompletedOnTimeExtended = d.CompletedOnTimeExtended,
                    WorkingDaysTaken = d.WorkingDaysTaken,
                }));

        return byMonth
            ? await flows.GroupBy(f => f.Day).Select(g => new DailyFigures
            {
                Day = g.Key,
                Received = g.Sum(f => f.Received),
                Accepted = g.Sum(f => f.Accepted),
                Completed = g.Sum(f => f.Completed),
                CompletedOnTime = g.Sum(f => f.CompletedOnTime),
                CompletedOnTimeExtended = g.Sum(f => f.CompletedOnTimeExtended),
                WorkingDaysTaken = g.Sum(f => f.WorkingDaysTaken),
            }).ToListAsync(cancellationToken)
            : await flows.GroupBy(f => new { f.DepartmentCode, f.ItemCode, f.CountyCode }).Select(g => new DailyFigures
            {
                Day = from,
                DepartmentCode = g.Key.DepartmentCode,
                ItemCode = g.Key.ItemCode,
                CountyCode = g.Key.CountyCode,
                Received = g.Sum(f => f.Received),
                Accepted = g.Sum(f => f.Accepted),
                Completed = g.Sum(f => f.Completed),
                CompletedOnTime = g.Sum(f => f.CompletedOnTime),
                CompletedOnTimeExtended = g.Sum(f => f.CompletedOnTimeExtended),
                WorkingDaysTaken = g.Sum(f => f.WorkingDaysTaken),
            }).ToListAsync(cancellationToken);
    }

    /// <summary>Open and overdue at the end of the period's last finished day (and of each month, by month).</summary>
    private async Task<List<DailyFigures>> SnapshotStocksAsync(DateOnly from, DateOnly lastFinished, string prefix, bool byMonth, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly> { lastFinished };
        if (byMonth)
        {
            for (var end = FirstOfMonth(from).AddMonths(1).AddDays(-1); end < lastFinished; end = FirstOfMonth(end).AddMonths(2).AddDays(-1))
            {
                days.Add(end);
            }
        }

        var stocks = db.DailyStatistics.AsNoTracking().Where(d => days.Contains(d.Day) && d.CountyCode.StartsWith(prefix));
        return byMonth
            ? await stocks.GroupBy(d => d.Day).Select(g => new DailyFigures { Day = g.Key, Open = g.Sum(d => (long)d.Open), Overdue = g.Sum(d => (long)d.Overdue) })
                .ToListAsync(cancellationToken)
            : await stocks.Select(d => new DailyFigures
            {
                Day = d.Day,
                DepartmentCode = d.DepartmentCode,
                ItemCode = d.ItemCode,
                CountyCode = d.CountyCode,
                Open = d.Open,
                Overdue = d.Overdue,
            }).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<DailyFigures>> TodayAsync(DateOnly from, DateOnly to, DateOnly today, string countyPrefix, CancellationToken cancellationToken) =>
        to >= today && from <= today
            ? await live.TodayAsync(today, ChinaTime.StartOfDayUtc(today), ChinaTime.StartOfDayUtc(today.AddDays(1)), countyPrefix, cancellationToken)
            : [];

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
