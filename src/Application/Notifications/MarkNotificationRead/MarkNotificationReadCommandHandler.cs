using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Notifications.MarkNotificationRead;

internal sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkNotificationReadCommand, Unit>
{
    public async Task<Unit> Handle(MarkNotificationReadCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        if (!await db.StaffNotifications.AddressedTo(user).AnyAsync(n => n.Id == request.Id, cancellationToken))
        {
            throw new NotFoundException();
        }

        if (!await db.StaffNotificationReads.AnyAsync(r => r.NotificationId == request.Id && r.StaffId == userId, cancellationToken))
        {
            db.StaffNotificationReads.Add(new StaffNotificationRead(request.Id, userId, clock.GetUtcNow().UtcDateTime));
        }

        return Unit.Value;
    }
}
