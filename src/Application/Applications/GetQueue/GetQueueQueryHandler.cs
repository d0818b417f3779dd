using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetQueue;

internal sealed class GetQueueQueryHandler(
    IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<GetQueueQuery, QueuePageDto>
{
    public async Task<QueuePageDto> Handle(GetQueueQuery request, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking().VisibleTo(user);
        if (string.IsNullOrEmpty(request.Status))
        {
            query = query.Where(a => ApplicationStatusExtensions.Open.Contains(a.Status));
        }
        else
        {
            var status = Enum.Parse<ApplicationStatus>(request.Status);
            query = query.Where(a => a.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.SubmittedAt)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(a => new { a.Id, a.TrackingNumber, a.ItemCode, a.Status, a.DueDate, a.ApplicantName, a.SubmittedAt, a.AssignedToStaffId })
            .ToListAsync(cancellationToken)
            ;

        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var items = rows.Select(a => new QueueItemDto(
                a.Id,
                a.TrackingNumber,
                a.ItemCode,
                Text.Pick(snapshot.FindItem(a.ItemCode)?.Name ?? a.ItemCode, snapshot.FindItem(a.ItemCode)?.NameEn ?? a.ItemCode),
                a.Status.ToString(),
                a.DueDate,
                // A paused or closed case has no running clock: never "overdue" because of a stale date.
                (a.Status is ApplicationStatus.Submitted or ApplicationStatus.Accepted ? ReliefApplication.SlaOf(a.DueDate, today, calendar) : SlaState.OnTrack).ToString(),
                a.Status == ApplicationStatus.InfoRequested,
                Applicant.MaskName(a.ApplicantName),
                ChinaTime.ToChinaOffset(a.SubmittedAt),
                a.AssignedToStaffId))
            .ToList();
        return new QueuePageDto(items, total, request.Page, request.PageSize);
    }
}
