using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Notifications.MarkNotificationRead;

internal sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, INotificationReadMarks reads, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MarkNotificationReadCommand, Unit>
{
    public async Task<Unit> Handle(MarkNotificationReadCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        if (!await db.StaffNotifications.AddressedTo(user).AnyAsync(n => n.Id == request.Id, cancellationToken))
        {
            throw new NotFoundException();
        }

        await reads.MarkReadAsync(request.Id, userId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
