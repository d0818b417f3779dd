using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Application.Applications.EventHandlers;

/// <summary>
/// Queues a text message to the applicant for every step they need to know about (filed, accepted,
/// asked for more, decided, transferred, withdrawn), in plain Chinese (<see cref="ApplicantSms"/>), in the same transaction as the step.
/// </summary>
internal sealed class TextApplicantAboutProgress(IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : INotificationHandler<DomainEventNotification<ApplicationSubmittedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ApplicationStatusChangedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ApplicationExtendedDomainEvent>>
{
    public Task Handle(DomainEventNotification<ApplicationSubmittedDomainEvent> notification, CancellationToken cancellationToken) =>
        QueueAsync(notification.Event.ApplicationId, ApplicationAction.Submitted, cancellationToken);

    public Task Handle(DomainEventNotification<ApplicationStatusChangedDomainEvent> notification, CancellationToken cancellationToken) =>
        QueueAsync(notification.Event.ApplicationId, notification.Event.Action, cancellationToken);

    public Task Handle(DomainEventNotification<ApplicationExtendedDomainEvent> notification, CancellationToken cancellationToken) =>
        QueueAsync(notification.Event.ApplicationId, ApplicationAction.ExtensionApproved, cancellationToken);

    private async Task QueueAsync(Guid applicationId, ApplicationAction action, CancellationToken cancellationToken)
    {
        // The aggregate that raised the event is tracked by this unit of work.
        var application = db.Applications.Local.FirstOrDefault(a => a.Id == applicationId);
        if (application is null)
        {
            return;
        }

        // The step's reason: what an information request asks for, or why a decision went as it did.
        var reason = action == ApplicationAction.InfoRequested ? application.History[^1].Reason : application.DecisionReason;
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = SmsFacts.Of(
            application, await catalog.GetAsync(cancellationToken), await calendars.GetAsync(cancellationToken), ChinaTime.DateOf(now), reason, application.Benefit);
        var text = ApplicantSms.Of(action, facts);
        if (text is null)
        {
            return;
        }

        // To the number the resident signed in with (verified by a one-time code), not the one typed
        // into the form; an application filed on someone's behalf has only the latter.
        var phone = application.ResidentId is { } residentId
            ? await db.Residents.Where(r => r.Id == residentId).Select(r => r.Phone).FirstOrDefaultAsync(cancellationToken) ?? application.ApplicantPhone
            : application.ApplicantPhone;
        db.OutboxMessages.Add(OutboxMessage.Sms(
            phone,
            text,
            application.Id,
            $"application:{application.Id}:{application.History.Count}",
            now));
    }
}
