using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.HelpRequests;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Application.Notifications.GetNotifications;

internal sealed class GetNotificationsQueryHandler(IApplicationDbContext db, ICurrentUser user, DeadlinePolicy policy, ICatalog catalog)
    : IRequestHandler<GetNotificationsQuery, NotificationsDto>
{
    private const int Limit = 100;

    public async Task<NotificationsDto> Handle(GetNotificationsQuery request, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var mine =
            from n in db.StaffNotifications.AsNoTracking().AddressedTo(user)
            join s in db.SupervisionNotes on n.SupervisionNoteId equals s.Id into notes
            from s in notes.DefaultIfEmpty()
            join a in db.Applications on n.ApplicationId ?? s.ApplicationId equals (Guid?)a.Id into applications
            from a in applications.DefaultIfEmpty()
            join h in db.HelpRequests on n.HelpRequestId equals (Guid?)h.Id into helpRequests
            from h in helpRequests.DefaultIfEmpty()
            select new
            {
                n.Id,
                n.Kind,
                n.Count,
                n.CreatedAt,
                Read = db.StaffNotificationReads.Any(r => r.NotificationId == n.Id && r.StaffId == userId),
                ApplicationId = n.ApplicationId ?? (Guid?)s.ApplicationId,
                TrackingNumber = a.TrackingNumber,
                Deadline = (DateOnly?)s.Deadline,
                RoutedTo = h.ItemCode,
            };
        if (request.UnreadOnly)
        {
            mine = mine.Where(n => !n.Read);
        }

        var unread = await mine.CountAsync(n => !n.Read, cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Limit).ToListAsync(cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        return new NotificationsDto(
            rows.Select(n => new NotificationDto(
                n.Id, n.Kind.ToString(), NotificationTitles.Of(n.Kind, n.Count, n.TrackingNumber, n.Deadline, policy, GetHelpRequestsQueryHandler.ItemName(snapshot, n.RoutedTo)),
                n.Count, ChinaTime.ToChinaOffset(n.CreatedAt), n.Read,
                n.ApplicationId, n.TrackingNumber, n.Deadline)).ToList(),
            unread);
    }
}
