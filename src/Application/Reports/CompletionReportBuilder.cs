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
internal sealed class CompletionReportBuilder(IApplicationDbContext db, CompletionFiguresSource source, ICatalog catalog, IRegionDirectory regions)
{
    /// <summary>The report of <paramref name="region"/>'s subtree as it stands at <paramref name="now"/> (UTC).</summary>
    public async Task<CompletionReportDto> BuildAsync(string region, GetCompletionReportQuery request, DateTime now, CancellationToken cancellationToken)
    {
        var prefix = RegionCode.SubtreePrefixOf(region);
        var today = ChinaTime.DateOf(now);

        var rows = await source.ForReportAsync(request.From, request.To, today, prefix, byMonth: request.GroupBy == "month", cancellationToken);

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
        "region" when RegionCode.SubtreePrefixOf(region).Length == 2 => r => r.CountyCode[..4] + "00",
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
        "department" => snapshot.DepartmentName(key),
        "item" => snapshot.FindItem(key) is { } i ? Text.Pick(i.Name, i.NameEn) : key,
        "region" => regions.Find(key)?.Name ?? key,
        _ => key,
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
