using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports.GetOverdueApplications;

/// <summary>Which stage of an overdue staged case is late: the one it is in, and the earlier ones that ended late (issue 20 §8).</summary>
internal sealed class OverdueStages(IApplicationDbContext db, IRegionDirectory regions)
{
    public sealed record Current(Guid Id, string ItemCode, string DepartmentCode, string CountyCode, string Key, OfficeLevel Office, string OfficeRegionCode, DateOnly DueDate);

    /// <summary>The earlier stages of <paramref name="staged"/> that ended after their due date, by application, in order.</summary>
    public async Task<ILookup<Guid, StageRecord>> EndedLateAsync(IReadOnlyList<Guid> staged, CancellationToken cancellationToken)
    {
        var counted = StageRecord.Counted;
        return (await db.StageRecords.AsNoTracking()
                .Where(r => staged.Contains(r.ApplicationId) && !r.OnTime && counted.Contains(r.Outcome))
                .OrderBy(r => r.Sequence)
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ApplicationId);
    }

    public OverdueStageDto InProgress(Current stage, CatalogSnapshot snapshot, WorkingCalendar calendar, DateOnly today) =>
        Dto(stage.Key, stage.ItemCode, stage.DepartmentCode, stage.CountyCode, stage.Office, stage.OfficeRegionCode, stage.DueDate,
            stage.DueDate < today ? calendar.WorkingDaysBetween(stage.DueDate, today) : 0, snapshot);

    public OverdueStageDto Ended(StageRecord record, CatalogSnapshot snapshot, WorkingCalendar calendar) =>
        Dto(record.StageKey, record.ItemCode, record.DepartmentCode, record.CountyCode, record.Office, record.OfficeRegionCode, record.DueDate,
            Math.Max(0, calendar.WorkingDaysBetween(record.DueDate, ChinaTime.DateOf(record.EndedAt))), snapshot);

    private OverdueStageDto Dto(
        string key, string itemCode, string departmentCode, string countyCode, OfficeLevel office, string officeRegion, DateOnly due, int late, CatalogSnapshot snapshot)
    {
        var stage = snapshot.FindItem(itemCode)?.Procedure.Stages.FirstOrDefault(s => s.Key == key);
        var name = stage is null ? key : Text.Pick(stage.Name, stage.NameEn);
        var officeName = office == OfficeLevel.Township && officeRegion.Length == RegionCode.TownshipLength
            ? regions.Find(officeRegion)?.Name ?? officeRegion
            : (regions.Find(countyCode)?.Name ?? countyCode) + snapshot.DepartmentName(departmentCode);
        return new OverdueStageDto(key, name, office.ToString(), officeRegion, officeName, due, late);
    }
}
