using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Notifications.GetNotifiedApplications;

/// <summary>
/// The applications a notice is about, each to open: for a digest of the deadline jobs (催办, 督办,
/// escalation, a stage's 催办 or lateness, 差评回访) the cases its sweep counted, most urgent first; for a
/// notice about one case, that case.
/// </summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record GetNotifiedApplicationsQuery(long Id) : IQuery<IReadOnlyList<NotifiedApplicationDto>>;

public sealed record NotifiedApplicationDto(Guid Id, string TrackingNumber, DateOnly DueDate);

internal sealed class GetNotifiedApplicationsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetNotifiedApplicationsQuery, IReadOnlyList<NotifiedApplicationDto>>
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<NotifiedApplicationDto>> Handle(GetNotifiedApplicationsQuery request, CancellationToken cancellationToken)
    {
        var n = await db.StaffNotifications.AsNoTracking().AddressedTo(user).FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();

        // The sweep stamped its instant on the notice and on every event (or follow-up) it counted.
        var department = n.AudienceDepartmentCode;
        var region = n.AudienceRegionCode;
        var prefix = RegionCode.SubtreePrefixOf(region);

        var events = db.DeadlineEvents.Where(e => e.OccurredAt == n.CreatedAt && e.Stage == StaffNotification.StageOf(n.Kind)
            && (department == null || e.DepartmentCode == department));

        // A township's digest counts the cases whose stage its office holds (ADR 0040).
        events = region.Length == RegionCode.TownshipLength
            ? events.Where(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.StageOfficeRegionCode == region))
            : events.Where(e => e.CountyCode.StartsWith(prefix));
        IQueryable<Guid> ids = n.Kind switch
        {
            NotificationKind.Reminder or NotificationKind.Supervision or NotificationKind.Escalation
                or NotificationKind.StageReminder or NotificationKind.StageOverdue => events.Select(e => e.ApplicationId),
            NotificationKind.FollowUpReminder => db.RatingFollowUps
                .Where(f => f.RemindedAt == n.CreatedAt && (department == null || f.DepartmentCode == department) && f.CountyCode.StartsWith(prefix))
                .Select(f => f.ApplicationId),
            NotificationKind.FollowUpOverdue => db.RatingFollowUps
                .Where(f => f.OverdueReportedAt == n.CreatedAt && (department == null || f.DepartmentCode == department) && f.CountyCode.StartsWith(prefix))
                .Select(f => f.ApplicationId),
            NotificationKind.SupervisionNote => db.SupervisionNotes.Where(s => s.Id == n.SupervisionNoteId).Select(s => s.ApplicationId),
            _ when n.ApplicationId is { } one => db.Applications.Where(a => a.Id == one).Select(a => a.Id),
            _ => db.Applications.Where(a => false).Select(a => a.Id),
        };

        // A stage's notice is about the stage's own due date (ADR 0040).
        var ofStage = n.Kind is NotificationKind.StageReminder or NotificationKind.StageOverdue;
        return await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.TrackingNumber, DueDate = ofStage ? a.StageDueDate : a.DueDate })
            .OrderBy(a => a.DueDate).ThenBy(a => a.TrackingNumber)
            .Take(Limit)
            .Select(a => new NotifiedApplicationDto(a.Id, a.TrackingNumber, a.DueDate))
            .ToListAsync(cancellationToken);
    }
}
