using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports;

/// <summary>
/// Adds up the nightly snapshot rows of the period's finished days and today's live figures, so the
/// report costs the same at any volume. Stocks (open, overdue) are those at the end of the period.
/// </summary>
internal sealed class CompletionReportBuilder(IApplicationDbContext db, ILiveFigures live, ICatalog catalog, IRegionDirectory regions)
{
    /// <summary>The report of <paramref name="region"/>'s subtree as it stands at <paramref name="now"/> (UTC).</summary>
    public async Task<CompletionReportDto> BuildAsync(string region, GetCompletionReportQuery request, DateTime now, CancellationToken cancellationToken)
    {
        var prefix = RegionCode.SubtreePrefix(region);
        var today = ChinaTime.DateOf(now);
        var lastFinished = Min(request.To, today.AddDays(-1));

        var rows = new List<DailyFigures>();
        if (request.From <= lastFinished)
        {
            rows.AddRange(await SnapshotFlowsAsync(request, lastFinished, prefix, cancellationToken));
            rows.AddRange(await SnapshotStocksAsync(request, lastFinished, prefix, cancellationToken));
        }

        if (request.To >= today && request.From <= today)
        {
            var start = ChinaTime.StartOfDayUtc(today);
            rows.AddRange(await live.TodayAsync(today, start, ChinaTime.StartOfDayUtc(today.AddDays(1)), prefix, cancellationToken));
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var keyOf = KeyFunction(request.GroupBy, region);
        var stockDayOf = StockDayFunction(request.GroupBy, request, today);
        var grouped = rows
            .GroupBy(keyOf)
            .Select(g => (Key: g.Key, Figures: g.Aggregate(CompletionFigures.Zero, (sum, r) =>
            {
                sum = sum.AddFlows(r.Flows);
                return r.Day == stockDayOf(r) ? sum.AddStocks(r.Stocks) : sum;
            })))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, NameOf(request.GroupBy, g.Key, snapshot), g.Figures))
            .ToList();

        var total = rows.Aggregate(CompletionFigures.Zero, (sum, r) =>
        {
            sum = sum.AddFlows(r.Flows);
            return r.Day == Min(request.To, today) ? sum.AddStocks(r.Stocks) : sum;
        });
        var through = await db.DailyStatistics.MaxAsync(s => (DateOnly?)s.Day, cancellationToken);
        return new CompletionReportDto(
            request.From, request.To, request.GroupBy, region, CompletionFigures.MetricsVersion, ChinaTime.ToChinaOffset(now), through,
            grouped, Row("total", Text.Pick("合计", "Total"), total));
    }

    private static CompletionRowDto Row(string key, string name, CompletionFigures f) => new(
        key, name, f.Received, f.Accepted, f.Completed, f.CompletedOnTime, f.CompletedOnTimeExtended,
        f.OnTimeRate, f.CompletionRate, f.Open, f.Overdue, f.AverageWorkingDays);

    /// <summary>Counties for county and prefecture supervisors; prefectures for the province.</summary>
    private static Func<DailyFigures, string> KeyFunction(string groupBy, string region) => groupBy switch
    {
        "item" => r => r.ItemCode,
        "region" when RegionCode.SubtreePrefix(region).Length == 2 => r => r.CountyCode[..4] + "00",
        "region" => r => r.CountyCode,
        "month" => r => r.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => r => r.DepartmentCode,
    };

    /// <summary>The day whose stocks a row contributes: the period's last day, or each month's last day in the period.</summary>
    private static Func<DailyFigures, DateOnly> StockDayFunction(string groupBy, GetCompletionReportQuery request, DateOnly today)
    {
        var end = Min(request.To, today);
        if (groupBy != "month")
        {
            return _ => end;
        }

        return r =>
        {
            var monthEnd = new DateOnly(r.Day.Year, r.Day.Month, DateTime.DaysInMonth(r.Day.Year, r.Day.Month));
            return Min(monthEnd, end);
        };
    }

    private string NameOf(string groupBy, string key, CatalogSnapshot snapshot) => groupBy switch
    {
        "department" => snapshot.Departments.FirstOrDefault(d => d.Code == key) is { } d ? Text.Pick(d.Name, d.NameEn) : key,
        "item" => snapshot.FindItem(key) is { } i ? Text.Pick(i.Name, i.NameEn) : key,
        "region" => regions.Find(key)?.Name ?? key,
        _ => key,
    };

    /// <summary>
    /// The flows of the period's finished days, added up by the database: whole months from the monthly
    /// roll-up, the days before the first and after the last whole month from the daily snapshot. A
    /// province's year is then a few tens of thousands of rows rather than hundreds of thousands.
    /// </summary>
    private async Task<List<DailyFigures>> SnapshotFlowsAsync(GetCompletionReportQuery request, DateOnly lastFinished, string prefix, CancellationToken cancellationToken)
    {
        var firstFull = request.From.Day == 1 ? request.From : FirstOfMonth(request.From).AddMonths(1);
        var lastFullEnd = lastFinished.AddDays(1).Day == 1 ? lastFinished : FirstOfMonth(lastFinished).AddDays(-1);
        if (firstFull > lastFullEnd)
        {
            (firstFull, lastFullEnd) = (lastFinished.AddDays(1), lastFinished);
        }

        var lastFullStart = FirstOfMonth(lastFullEnd);
        var from = request.From;
        var flows = db.MonthlyStatistics.AsNoTracking()
            .Where(m => m.Month >= firstFull && m.Month <= lastFullStart && m.CountyCode.StartsWith(prefix))
            .Select(m => new FlowRow
            {
                Day = m.Month, DepartmentCode = m.DepartmentCode, ItemCode = m.ItemCode, CountyCode = m.CountyCode,
                Received = m.Received, Accepted = m.Accepted, Completed = m.Completed, CompletedOnTime = m.CompletedOnTime,
                CompletedOnTimeExtended = m.CompletedOnTimeExtended, WorkingDaysTaken = m.WorkingDaysTaken,
            })
            .Concat(db.DailyStatistics.AsNoTracking()
                .Where(d => ((d.Day >= from && d.Day < firstFull) || (d.Day > lastFullEnd && d.Day <= lastFinished)) && d.CountyCode.StartsWith(prefix))
                .Select(d => new FlowRow
                {
                    Day = d.Day, DepartmentCode = d.DepartmentCode, ItemCode = d.ItemCode, CountyCode = d.CountyCode,
                    Received = d.Received, Accepted = d.Accepted, Completed = d.Completed, CompletedOnTime = d.CompletedOnTime,
                    CompletedOnTimeExtended = d.CompletedOnTimeExtended, WorkingDaysTaken = d.WorkingDaysTaken,
                }));

        return request.GroupBy == "month"
            ? await flows.GroupBy(f => f.Day).Select(g => new DailyFigures
            {
                Day = g.Key,
                Received = g.Sum(f => (long)f.Received), Accepted = g.Sum(f => (long)f.Accepted), Completed = g.Sum(f => (long)f.Completed),
                CompletedOnTime = g.Sum(f => (long)f.CompletedOnTime), CompletedOnTimeExtended = g.Sum(f => (long)f.CompletedOnTimeExtended),
                WorkingDaysTaken = g.Sum(f => (long)f.WorkingDaysTaken),
            }).ToListAsync(cancellationToken)
            : await flows.GroupBy(f => new { f.DepartmentCode, f.ItemCode, f.CountyCode }).Select(g => new DailyFigures
            {
                Day = from, DepartmentCode = g.Key.DepartmentCode, ItemCode = g.Key.ItemCode, CountyCode = g.Key.CountyCode,
                Received = g.Sum(f => (long)f.Received), Accepted = g.Sum(f => (long)f.Accepted), Completed = g.Sum(f => (long)f.Completed),
                CompletedOnTime = g.Sum(f => (long)f.CompletedOnTime), CompletedOnTimeExtended = g.Sum(f => (long)f.CompletedOnTimeExtended),
                WorkingDaysTaken = g.Sum(f => (long)f.WorkingDaysTaken),
            }).ToListAsync(cancellationToken);
    }

    /// <summary>Open and overdue at the end of the period's last finished day (and of each month, by month).</summary>
    private async Task<List<DailyFigures>> SnapshotStocksAsync(GetCompletionReportQuery request, DateOnly lastFinished, string prefix, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly> { lastFinished };
        if (request.GroupBy == "month")
        {
            for (var end = FirstOfMonth(request.From).AddMonths(1).AddDays(-1); end < lastFinished; end = FirstOfMonth(end).AddMonths(2).AddDays(-1))
            {
                days.Add(end);
            }
        }

        var stocks = db.DailyStatistics.AsNoTracking().Where(d => days.Contains(d.Day) && d.CountyCode.StartsWith(prefix));
        return request.GroupBy == "month"
            ? await stocks.GroupBy(d => d.Day).Select(g => new DailyFigures { Day = g.Key, Open = g.Sum(d => (long)d.Open), Overdue = g.Sum(d => (long)d.Overdue) })
                .ToListAsync(cancellationToken)
            : await stocks.Select(d => new DailyFigures
            {
                Day = d.Day, DepartmentCode = d.DepartmentCode, ItemCode = d.ItemCode, CountyCode = d.CountyCode, Open = d.Open, Overdue = d.Overdue,
            }).ToListAsync(cancellationToken);
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A row of flows from either snapshot table, so that both are added up in one statement.</summary>
    private sealed class FlowRow
    {
        public DateOnly Day { get; init; }

        public string DepartmentCode { get; init; } = "";

        public string ItemCode { get; init; } = "";

        public string CountyCode { get; init; } = "";

        public int Received { get; init; }

        public int Accepted { get; init; }

        public int Completed { get; init; }

        public int CompletedOnTime { get; init; }

        public int CompletedOnTimeExtended { get; init; }

        public int WorkingDaysTaken { get; init; }
    }
}
