using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports.GetOverdueApplications;

internal sealed class GetOverdueApplicationsQueryHandler(
    IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, IRegionDirectory regions, OverdueStages stages, TimeProvider clock)
    : IRequestHandler<GetOverdueApplicationsQuery, OverduePageDto>
{
    public async Task<OverduePageDto> Handle(GetOverdueApplicationsQuery request, CancellationToken cancellationToken)
    {
        var region = user.RegionCode ?? throw new UnauthorizedAccessException();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);

        // As the queue and the deadline sweep, from the lifecycle's table: a paused (待补正) case has no running clock, so it is never overdue.
        var running = ApplicationLifecycle.ClockRunning;
        var overdue = Cell(
            db.Applications.AsNoTracking().VisibleTo(user)
                .Where(a => running.Contains(a.Status) && a.DueDate < today),
            request.GroupBy,
            request.Key);

        var total = await overdue.CountAsync(cancellationToken);
        var rows = await overdue
            .OrderBy(a => a.DueDate).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(a => new
            {
                a.Id,
                a.TrackingNumber,
                a.ItemCode,
                a.DepartmentCode,
                a.CountyCode,
                a.Status,
                a.SubmittedAt,
                a.DueDate,
                a.ApplicantName,
                Notes = a.SupervisionNotes.Count,
                LatestDeadline = a.SupervisionNotes.Max(n => (DateOnly?)n.Deadline),
                Lapsed = a.SupervisionNotes.Any(n => n.ClosedAt == null && n.Deadline < today),
                a.Staged,
                Stage = new OverdueStages.Current(a.Id, a.ItemCode, a.DepartmentCode, a.CountyCode, a.StageKey, a.StageOffice, a.StageOfficeRegionCode, a.StageDueDate),
            })
            .ToListAsync(cancellationToken);

        var lastCaseworkers = await LastCaseworkersAsync(rows.Select(r => (r.Id, r.DepartmentCode)).ToList(), cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var endedLate = await stages.EndedLateAsync([.. rows.Where(r => r.Staged).Select(r => r.Id)], cancellationToken);
        var items = rows.Select(a =>
            {
                var item = snapshot.FindItem(a.ItemCode);
                return new OverdueApplicationDto(
                    a.Id, a.TrackingNumber, a.ItemCode, item is null ? a.ItemCode : Text.Pick(item.Name, item.NameEn),
                    a.DepartmentCode, snapshot.DepartmentName(a.DepartmentCode),
                    a.CountyCode, regions.Find(a.CountyCode)?.Name, a.Status.ToString(), ChinaTime.ToChinaOffset(a.SubmittedAt), a.DueDate,
                    calendar.WorkingDaysBetween(a.DueDate, today), lastCaseworkers.GetValueOrDefault(a.Id), Applicant.MaskName(a.ApplicantName),
                    a.Notes, a.LatestDeadline, a.Lapsed)
                {
                    Stage = a.Staged ? stages.InProgress(a.Stage, snapshot, calendar, today) : null,
                    LateStages = a.Staged ? [.. endedLate[a.Id].Select(r => stages.Ended(r, snapshot, calendar))] : null,
                };
            })
            .ToList();
        return new OverduePageDto(request.GroupBy, request.Key, region, ChinaTime.ToChinaOffset(now), items, total, request.Page, request.PageSize);
    }

    /// <summary>The report cell: a department, an item, a region (a county, or a prefecture's counties) or a month of filing.</summary>
    private static IQueryable<ReliefApplication> Cell(IQueryable<ReliefApplication> applications, string? groupBy, string? key)
    {
        switch (groupBy)
        {
            case "department":
                return applications.Where(a => a.DepartmentCode == key);
            case "item":
                return applications.Where(a => a.ItemCode == key);
            case "region":
                var prefix = RegionCode.SubtreePrefixOf(key!);
                return applications.Where(a => a.CountyCode.StartsWith(prefix));
            case "month":
                var first = DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var start = ChinaTime.StartOfDayUtc(first);
                var end = ChinaTime.StartOfDayUtc(first.AddMonths(1));
                return applications.Where(a => a.SubmittedAt >= start && a.SubmittedAt < end);
            default:
                return applications;
        }
    }

    /// <summary>Per application, the username of the last caseworker of the department now holding it who acted on it.</summary>
    private async Task<Dictionary<Guid, string>> LastCaseworkersAsync(IReadOnlyList<(Guid Id, string DepartmentCode)> applications, CancellationToken cancellationToken)
    {
        var ids = applications.Select(a => a.Id).ToList();
        var steps = await (
                from h in db.ApplicationHistory.AsNoTracking()
                join s in db.StaffUsers.AsNoTracking() on h.ActorId equals s.Id
                where ids.Contains(h.ApplicationId) && h.ActorRole == Role.Caseworker
                select new { h.ApplicationId, h.Sequence, s.Username, s.DepartmentCode })
            .ToListAsync(cancellationToken);
        var holder = applications.ToDictionary(a => a.Id, a => a.DepartmentCode);
        return steps
            .Where(s => s.DepartmentCode == holder[s.ApplicationId])
            .GroupBy(s => s.ApplicationId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Sequence)!.Username);
    }
}
