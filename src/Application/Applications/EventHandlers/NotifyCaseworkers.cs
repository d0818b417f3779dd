using MediatR;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Applications.EventHandlers;

/// <summary>
/// Notices to the department about one case, in the same transaction as the step: a 督办 note reaches
/// its caseworkers in the county; a resident's supplement, withdrawal or poor rating reaches the case's
/// holder, or the caseworkers of the office holding its stage when nobody holds it; an objection to a
/// public notice reaches every caseworker of the office holding the notice (the township).
/// </summary>
internal sealed class NotifyCaseworkers(IApplicationDbContext db)
    : INotificationHandler<DomainEventNotification<ApplicationSupervisedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ResidentActedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ObjectionRaisedDomainEvent>>
{
    public Task Handle(DomainEventNotification<ApplicationSupervisedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        db.StaffNotifications.Add(StaffNotification.OfSupervisionNote(e.SupervisionNoteId, e.DepartmentCode, e.CountyCode, e.OccurredAtUtc));
        return Task.CompletedTask;
    }

    public Task Handle(DomainEventNotification<ResidentActedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        db.StaffNotifications.Add(StaffNotification.OfResidentNews(e.News, e.ApplicationId, e.DepartmentCode, e.OfficeRegionCode, e.HolderId, e.OccurredAtUtc));
        return Task.CompletedTask;
    }

    public Task Handle(DomainEventNotification<ObjectionRaisedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        db.StaffNotifications.Add(StaffNotification.OfObjection(e.ApplicationId, e.DepartmentCode, e.OfficeRegionCode, e.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
