using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.GetMonitoringSummary;

/// <summary>
/// The supervisor's view of monitoring: households by warning level and by group for each region one
/// level below the supervisor's, the households whose level worsened this month, and the leads past
/// their fifteen days.
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetMonitoringSummaryQuery : IQuery<MonitoringSummaryDto>;

public sealed record MonitoringSummaryDto(
    string RegionCode, IReadOnlyList<RegionMonitoringDto> Regions, RegionMonitoringDto Total, IReadOnlyList<WorsenedHouseholdDto> WorsenedThisMonth, int WorsenedThisMonthCount, int OverdueLeads);

public sealed record RegionMonitoringDto(string RegionCode, string Name, int Households, IReadOnlyDictionary<string, int> ByLevel, IReadOnlyDictionary<string, int> ByGroup);

public sealed record WorsenedHouseholdDto(Guid HouseholdId, string RegionCode, string HeadName, string FromLevel, string ToLevel, DateTime At, string Explanation);

internal sealed class GetMonitoringSummaryQueryHandler(IApplicationDbContext db, ICurrentUser user, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetMonitoringSummaryQuery, MonitoringSummaryDto>
{
    private const int WorsenedListed = 50;

    public async Task<MonitoringSummaryDto> Handle(GetMonitoringSummaryQuery request, CancellationToken cancellationToken)
    {
        var region = user.RegionCode!;
        var prefix = RegionCode.SubtreePrefixOf(region);

        // One level down: province → prefectures (4 digits), prefecture → counties (6), county → townships (9).
        var childLength = prefix.Length switch { 2 => 4, 4 => 6, _ => 9 };
        var households = db.Households.AsNoTracking().VisibleTo(user);
        var cells = await households
            .GroupBy(h => new { Region = h.RegionCode.Substring(0, childLength), h.Level, h.Groups })
            .Select(g => new { g.Key.Region, g.Key.Level, g.Key.Groups, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var rows = cells.GroupBy(c => c.Region).OrderBy(g => g.Key)
            .Select(g => Row(ChildCode(g.Key), g.Select(c => (c.Level, c.Groups, c.Count))))
            .ToList();
        var total = Row(region, cells.Select(c => (c.Level, c.Groups, c.Count)));

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var monthStart = ChinaTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1));
        var worsened = db.HouseholdLevelChanges.AsNoTracking()
            .Where(c => c.At >= monthStart && c.FromLevel != null && c.ToLevel < c.FromLevel)
            .Join(households, c => c.HouseholdId, h => h.Id, (c, h) => new { Change = c, h.RegionCode, h.HeadName });
        var worsenedCount = await worsened.CountAsync(cancellationToken);
        var listed = await worsened.OrderByDescending(x => x.Change.At).Take(WorsenedListed).ToListAsync(cancellationToken);
        var overdueLeads = await db.Leads.AsNoTracking().VisibleTo(user).CountAsync(l => l.Decision == null && l.DueDate < today, cancellationToken);

        return new MonitoringSummaryDto(
            region,
            rows,
            total,
            [.. listed.Select(x => new WorsenedHouseholdDto(
                x.Change.HouseholdId, x.RegionCode, x.HeadName, x.Change.FromLevel!.Value.ToString(), x.Change.ToLevel.ToString(), x.Change.At,
                Text.IsEnglish ? x.Change.ExplanationEn : x.Change.ExplanationZh))],
            worsenedCount,
            overdueLeads);
    }

    private static string ChildCode(string key) => key.Length == 4 ? key + "00" : key;

    private RegionMonitoringDto Row(string code, IEnumerable<(WarningLevel Level, MonitoringGroup Groups, int Count)> cells)
    {
        var list = cells.ToList();
        var byLevel = Enum.GetValues<WarningLevel>().ToDictionary(l => l.ToString(), l => list.Where(c => c.Level == l).Sum(c => c.Count));
        var byGroup = Enum.GetValues<MonitoringGroup>().Where(g => g != MonitoringGroup.None)
            .ToDictionary(g => g.ToString(), g => list.Where(c => c.Groups.HasFlag(g)).Sum(c => c.Count));
        return new RegionMonitoringDto(code, regions.Find(code)?.Name ?? code, list.Sum(c => c.Count), byLevel, byGroup);
    }
}
