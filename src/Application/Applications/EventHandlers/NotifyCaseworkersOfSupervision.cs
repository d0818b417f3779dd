using MediatR;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Applications.EventHandlers;

/// <summary>A 督办 note reaches the caseworkers of the department holding the case in its county, in the same transaction.</summary>
internal sealed class NotifyCaseworkersOfSupervision(IApplicationDbContext db)
    : INotificationHandler<DomainEventNotification<ApplicationSupervisedDomainEvent>>
{
    public Task Handle(DomainEventNotification<ApplicationSupervisedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        db.StaffNotifications.Add(StaffNotification.OfSupervisionNote(e.SupervisionNoteId, e.DepartmentCode, e.CountyCode, e.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
