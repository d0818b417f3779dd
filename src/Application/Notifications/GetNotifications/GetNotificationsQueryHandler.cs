using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Notifications.GetNotifications;

internal sealed class GetNotificationsQueryHandler(IApplicationDbContext db, ICurrentUser user, DeadlinePolicy policy)
    : IRequestHandler<GetNotificationsQuery, NotificationsDto>
{
    private const int Limit = 100;

    public async Task<NotificationsDto> Handle(GetNotificationsQuery request, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var mine = db.StaffNotifications.AsNoTracking().AddressedTo(user)
            .Select(n => new { n.Id, n.Kind, n.Count, n.CreatedAt, Read = db.StaffNotificationReads.Any(r => r.NotificationId == n.Id && r.StaffId == userId) });
        if (request.UnreadOnly)
        {
            mine = mine.Where(n => !n.Read);
        }

        var unread = await mine.CountAsync(n => !n.Read, cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Limit).ToListAsync(cancellationToken);
        return new NotificationsDto(
            rows.Select(n => new NotificationDto(n.Id, n.Kind.ToString(), TitleOf(n.Kind, n.Count), n.Count, ChinaTime.ToChinaOffset(n.CreatedAt), n.Read)).ToList(),
            unread);
    }

    private string TitleOf(NotificationKind kind, int count) => kind switch
    {
        NotificationKind.Reminder => Text.Pick(
            $"催办：{count} 件申请将在 {policy.ReminderWorkingDays} 个工作日内到期，请抓紧办理。",
            $"Reminder: {count} application(s) are due within {policy.ReminderWorkingDays} working days."),
        NotificationKind.Supervision => Text.Pick(
            $"督办：{count} 件申请已超过办理期限，已列入县级督办。",
            $"Supervision: {count} application(s) are past their due date and under county supervision."),
        _ => Text.Pick(
            $"升级督办：{count} 件申请逾期超过 {policy.EscalationWorkingDays} 个工作日。",
            $"Escalation: {count} application(s) are more than {policy.EscalationWorkingDays} working days past due."),
    };
}
