using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Application.Applications.EventHandlers;

/// <summary>
/// Queues a text message to the applicant for every step they need to know about (filed, accepted,
/// asked for more, decided, transferred, withdrawn), in plain Chinese, in the same transaction as the step.
/// </summary>
internal sealed class TextApplicantAboutProgress(IApplicationDbContext db, ICatalog catalog, TimeProvider clock)
    : INotificationHandler<DomainEventNotification<ApplicationSubmittedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ApplicationStatusChangedDomainEvent>>,
      INotificationHandler<DomainEventNotification<ApplicationExtendedDomainEvent>>
{
    private const string Signature = "【云南政府救助平台】";
    private const int ReasonLength = 60;

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

        var snapshot = await catalog.GetAsync(cancellationToken);
        var item = snapshot.FindItem(application.ItemCode)?.Name ?? application.ItemCode;
        var department = snapshot.Departments.FirstOrDefault(d => d.Code == application.DepartmentCode)?.Name ?? application.DepartmentCode;
        var subject = $"您的{item}申请（编号{application.TrackingNumber}）";
        var due = application.DueDate.ToString("M月d日", CultureInfo.InvariantCulture);
        var text = action switch
        {
            ApplicationAction.Submitted => $"{subject}已提交，{department}将在{due}前受理。",
            ApplicationAction.Accepted => $"{subject}已受理，将在{due}前办结。",
            // Filed for someone without an account: the papers go to the department, not through the phone page.
            ApplicationAction.InfoRequested when application.ResidentId is null =>
                $"{subject}需要补充材料：{Short(application.History[^1].Reason)}。请将材料交给{department}或村（社区），补正前办理期限暂停计算。",
            ApplicationAction.InfoRequested => $"{subject}需要补充材料：{Short(application.History[^1].Reason)}。请在平台上补正，补正前办理期限暂停计算。",
            ApplicationAction.Supplemented => $"{subject}的补正材料已收到，将在{due}前办结。",
            ApplicationAction.Approved => $"{subject}已批准。{(application.Benefit is { } b ? $"救助内容：{Short(b)}。" : "")}",
            ApplicationAction.Rejected => $"{subject}未获批准，原因：{Short(application.DecisionReason)}。如有疑问可联系{department}。",
            ApplicationAction.NotAccepted => $"{subject}不予受理，原因：{Short(application.DecisionReason)}。",
            ApplicationAction.Transferred => $"{subject}已转由{department}办理，将在{due}前受理。",
            ApplicationAction.Withdrawn => $"{subject}已撤回。",
            ApplicationAction.Merged => $"{subject}已并案：{ReliefApplication.MergedExplanation}",
            ApplicationAction.ExtensionApproved => $"{subject}经批准延期，办理期限延至{due}。",
            _ => null,
        };
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
            Signature + text,
            application.Id,
            $"application:{application.Id}:{application.History.Count}",
            clock.GetUtcNow().UtcDateTime));
    }

    private static string Short(string? text) =>
        text is null ? "" : text.Length <= ReasonLength ? text : text[..ReasonLength] + "…";
}
