using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications.Procedure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetQueue;

internal sealed class GetQueueQueryHandler(
    IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<GetQueueQuery, QueuePageDto>
{
    private const int WeekWorkingDays = 5;

    public async Task<QueuePageDto> Handle(GetQueueQuery request, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var soonLimit = LastDueWithin(calendar, today, ReliefApplication.DefaultDueSoonWorkingDays);
        var weekLimit = LastDueWithin(calendar, today, WeekWorkingDays);
        var me = user.Id;

        // A caseworker's queue is the stage work their office holds: a township's, or the county department's.
        // A review (复核) is never offered to the officer who took the decision under review (ADR 0042).
        var queue = db.Applications.AsNoTracking().ActionableBy(user)
            .Where(a => a.Status != ApplicationStatus.UnderAppeal || !db.Appeals.Any(p => p.ApplicationId == a.Id && p.Outcome == null && p.RecusedStaffId == me));
        var open = queue.Where(a => ApplicationLifecycle.Open.Contains(a.Status));
        var counts = await CountAsync(open, today, soonLimit, me, cancellationToken);

        var query = open;
        if (!string.IsNullOrEmpty(request.Status))
        {
            var status = Enum.Parse<ApplicationStatus>(request.Status);
            query = queue.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Item))
        {
            query = query.Where(a => a.ItemCode == request.Item);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToUpperInvariant();
            query = query.Where(a => a.TrackingNumber.Contains(q));
        }

        query = request.Assigned switch
        {
            "me" => query.Where(a => a.Holder!.StaffId == me),
            "unassigned" => query.Where(a => a.Holder == null),
            "others" => query.Where(a => a.Holder != null && a.Holder.StaffId != me),
            _ => query,
        };

        // Due windows are about a running clock: a case waiting for the resident is never "overdue".
        var running = ApplicationLifecycle.ClockRunning;
        query = request.Due switch
        {
            "overdue" => query.Where(a => running.Contains(a.Status) && a.DueDate < today),
            "soon" => query.Where(a => running.Contains(a.Status) && a.DueDate >= today && a.DueDate <= soonLimit),
            "week" => query.Where(a => running.Contains(a.Status) && a.DueDate >= today && a.DueDate <= weekLimit),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var openStatuses = ApplicationLifecycle.Open;

        // 先行救助 first (ADR 0039): open urgent cases still waiting for help, fewest hours left first.
        var rows = await query
            .OrderBy(a => a.UrgentAid != null && a.UrgentAid.HelpRecordedAt == null && openStatuses.Contains(a.Status) ? 0 : 1)
            .ThenBy(a => a.UrgentAid != null && a.UrgentAid.HelpRecordedAt == null && openStatuses.Contains(a.Status) ? a.UrgentAid.HelpDueAt : (DateTime?)null)
            .ThenBy(a => a.StageDueDate < a.DueDate ? a.StageDueDate : a.DueDate)
            .ThenBy(a => a.DueDate)
            .ThenBy(a => a.SubmittedAt)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(a => new { a.Id, a.TrackingNumber, a.ItemCode, a.Status, a.DueDate, a.ApplicantName, a.SubmittedAt, HolderId = (Guid?)a.Holder!.StaffId, a.Channel, a.Version, ExtensionPending = a.PendingExtension != null, a.FilerVerified, a.Relationship, a.DuplicateOfId, a.ResidentNews, a.UrgentAid, a.StageKey, a.StageKind, a.StageOffice, a.StageOfficeRegionCode, a.StageDueDate, a.Staged })
            .ToListAsync(cancellationToken);

        var holderIds = rows.Where(r => r.HolderId is not null).Select(r => r.HolderId!.Value).Distinct().ToList();
        var holders = holderIds.Count == 0
            ? []
            : await db.StaffUsers.AsNoTracking().Where(s => holderIds.Contains(s.Id))
                .Select(s => new { s.Id, s.DisplayName }).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);

        var snapshot = await catalog.GetAsync(cancellationToken);
        var actor = user.ToActor();
        var items = rows.Select(a =>
            {
                var clock = ApplicationLifecycle.Of(a.Status).Clock;
                var clockRuns = clock == ClockState.Running;
                var item = snapshot.FindItem(a.ItemCode);
                return new QueueItemDto(
                    a.Id,
                    a.TrackingNumber,
                    a.ItemCode,
                    Text.Pick(item?.Name ?? a.ItemCode, item?.NameEn ?? a.ItemCode),
                    a.Status.ToString(),
                    a.DueDate,
                    // A paused or closed case has no running clock: never "overdue" because of a stale date.
                    (clockRuns ? ReliefApplication.SlaOf(a.DueDate, today, calendar) : SlaState.OnTrack).ToString(),
                    clock == ClockState.Paused,
                    Applicant.MaskName(a.ApplicantName),
                    ChinaTime.ToChinaOffset(a.SubmittedAt),
                    a.HolderId)
                {
                    AssignedToName = a.HolderId is { } holder && holders.TryGetValue(holder, out var name) ? name : null,
                    Channel = a.Channel.ToString(),
                    Version = a.Version,
                    WorkingDaysLeft = clockRuns ? calendar.WorkingDaysBetween(today, a.DueDate) : null,
                    Clock = clock.ToString(),
                    DueDateProvisional = clock != ClockState.Stopped && calendar.IsProvisional(a.DueDate),
                    AllowedActions = ReliefApplication.AllowedActions(a.Status, a.StageKind, a.Staged, a.HolderId, a.ExtensionPending, a.DuplicateOfId is not null, actor, a.UrgentAid?.HelpPending == true).OfCallersRole(user),
                    Stage = StageDto.Of(item, a.StageKey, a.StageKind, a.StageOffice, a.StageOfficeRegionCode, a.StageDueDate, a.Staged),
                    Unverified = a.FilerVerified == false,
                    Relationship = a.Relationship?.ToString(),
                    PossibleDuplicate = a.DuplicateOfId is not null && a.Status.IsOpen(),
                    ResidentNews = a.ResidentNews?.ToString(),
                    Urgent = UrgentAidDto.Of(a.UrgentAid, a.Status, now),
                };
            })
            .ToList();
        return new QueuePageDto(items, total, request.Page, request.PageSize) { Counts = counts };
    }

    /// <summary>The latest due date that is still within <paramref name="workingDays"/> working days of today (the SLA's own count).</summary>
    private static DateOnly LastDueWithin(WorkingCalendar calendar, DateOnly today, int workingDays)
    {
        var day = today;
        while (calendar.WorkingDaysBetween(today, day.AddDays(1)) <= workingDays)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static async Task<QueueCountsDto> CountAsync(IQueryable<ReliefApplication> open, DateOnly today, DateOnly soonLimit, Guid? me, CancellationToken cancellationToken)
    {
        // One round trip for the figures above the list, all of open cases.
        var running = ApplicationLifecycle.ClockRunning;
        var paused = ApplicationLifecycle.ClockPaused;
        // EF cannot reach an owned value (the holder) inside a group's aggregate: those two are subqueries.
        var row = await open
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Open = g.Count(),
                Overdue = g.Count(a => running.Contains(a.Status) && a.DueDate < today),
                DueSoon = g.Count(a => running.Contains(a.Status) && a.DueDate >= today && a.DueDate <= soonLimit),
                Paused = g.Count(a => paused.Contains(a.Status)),
                Mine = open.Count(a => a.Holder!.StaffId == me),
                Unassigned = open.Count(a => a.Holder == null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? new QueueCountsDto(0, 0, 0, 0, 0, 0) : new QueueCountsDto(row.Open, row.Overdue, row.DueSoon, row.Paused, row.Mine, row.Unassigned);
    }
}
