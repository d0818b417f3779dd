using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

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

        // Idempotent, also for a double click racing itself.
        var readAt = clock.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "StaffNotificationReads" ("NotificationId", "StaffId", "ReadAt") VALUES ({request.Id}, {userId}, {readAt}) ON CONFLICT DO NOTHING""",
            cancellationToken);

        return Unit.Value;
    }
}
