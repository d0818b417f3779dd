using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Notifications;

/// <summary>What each kind of staff notification says, in the reader's language.</summary>
internal static class NotificationTitles
{
    public static string Of(NotificationKind kind, int count, string? trackingNumber, DateOnly? deadline, DeadlinePolicy policy, string? routedTo = null) => kind switch
    {
        NotificationKind.HelpRequestDue => Text.Pick(
            $"求助即将到期：{count} 条群众求助今天到期，请转到对应事项或直接答复。",
            $"Help requests due: {count} request(s) for help are due today; route each to an item or answer it."),
        NotificationKind.HelpRequestLate => Text.Pick(
            $"求助超期：{count} 条群众求助已过处理期限仍未转办或答复，已列入督办。",
            $"Help requests overdue: {count} request(s) for help are past their due date without a route or an answer."),
        NotificationKind.HelpRequestSent => Text.Pick(
            $"群众求助已转来：一条求助已转到本部门的“{routedTo}”，群众可能会来申请。",
            $"Help request routed: a resident's request for help was routed to {routedTo}; they may come to apply."),
        NotificationKind.SupervisionNote => Text.Pick(
            $"督办：上级督办申请 {trackingNumber}，请于 {deadline:yyyy-MM-dd} 前办理。",
            $"Supervision note: application {trackingNumber} is to be dealt with by {deadline:yyyy-MM-dd}."),
        NotificationKind.Supplemented => Text.Pick(
            $"新补正材料：申请人已补正申请 {trackingNumber} 的材料，办理期限恢复计算。",
            $"Supplemented: the resident answered the information request on application {trackingNumber}; the clock runs again."),
        NotificationKind.Withdrawn => Text.Pick(
            $"已撤回：申请人撤回了申请 {trackingNumber}。",
            $"Withdrawn: the resident withdrew application {trackingNumber}."),
        NotificationKind.AppealWithdrawn => Text.Pick(
            $"撤回复核：申请人撤回了申请 {trackingNumber} 的复核申请，原决定不变，无需再复核。",
            $"Review withdrawn: the resident withdrew the request for review of application {trackingNumber}; the decision stands."),
        NotificationKind.PoorRating => Text.Pick(
            $"差评：申请人对申请 {trackingNumber} 的办理结果给了差评，请在 {RatingFollowUp.WorkingDaysToRespond} 个工作日内回访。",
            $"Poor rating: the resident rated application {trackingNumber} poorly; follow up within {RatingFollowUp.WorkingDaysToRespond} working days."),
        NotificationKind.NoticeObjection => Text.Pick(
            $"公示异议：有人对申请 {trackingNumber} 的公示提出了意见，请核实处理。",
            $"Objection: someone objected to the public notice of application {trackingNumber}; look into it."),
        NotificationKind.UrgentHelpSoon => Text.Pick(
            $"先行救助催办：申请 {trackingNumber} 情况紧急，先行救助的时限快到了，请尽快救助并登记。",
            $"Urgent: help for application {trackingNumber} is due soon; give it and record it."),
        NotificationKind.UrgentHelpMissed => Text.Pick(
            $"先行救助超时：申请 {trackingNumber} 情况紧急，已超过先行救助时限仍未登记救助。",
            $"Urgent help missed: application {trackingNumber} has no help recorded within its hours."),
        NotificationKind.PaperworkSoon => Text.Pick(
            $"补办手续催办：申请 {trackingNumber} 已先行救助，补办手续将在 {policy.ReminderWorkingDays} 个工作日内到期。",
            $"Paperwork reminder: application {trackingNumber} was helped first; its paperwork is due within {policy.ReminderWorkingDays} working days."),
        NotificationKind.PaperworkOverdue => Text.Pick(
            $"补办手续逾期：申请 {trackingNumber} 先行救助后的手续已超过期限，已列入督办。",
            $"Paperwork overdue: application {trackingNumber} was helped first and its paperwork is past its date."),
        NotificationKind.UrgentEscalated => Text.Pick(
            $"补办手续升级督办：申请 {trackingNumber} 先行救助后的手续逾期超过 {policy.EscalationWorkingDays} 个工作日。",
            $"Paperwork escalated: application {trackingNumber} is more than {policy.EscalationWorkingDays} working days past its paperwork date."),
        NotificationKind.Reminder => Text.Pick(
            $"催办：{count} 件申请将在 {policy.ReminderWorkingDays} 个工作日内到期，请抓紧办理。",
            $"Reminder: {count} application(s) are due within {policy.ReminderWorkingDays} working days."),
        NotificationKind.StageReminder => Text.Pick(
            $"环节催办：{count} 件申请在本单位办理的环节将在 {policy.ReminderWorkingDays} 个工作日内到期，请抓紧办理。",
            $"Stage reminder: {count} application(s) have a stage held by your office due within {policy.ReminderWorkingDays} working days."),
        NotificationKind.StageOverdue => Text.Pick(
            $"环节超期：{count} 件申请在本单位办理的环节已超过环节期限，请尽快办理，以免整件超期。",
            $"Stage overdue: {count} application(s) have a stage held by your office past its own due date; act before the whole application is late."),
        NotificationKind.LeadReminder => Text.Pick(
            $"线索研判：{count} 条线索将在 3 天内到期（须在 15 天内研判）。",
            $"Leads: {count} lead(s) must be decided within 3 days (15 days from being raised)."),
        NotificationKind.LeadOverdue => Text.Pick(
            $"线索逾期：{count} 条线索已超过 15 天未研判。",
            $"Leads overdue: {count} lead(s) are past their 15 days without a decision."),
        NotificationKind.FollowUpReminder => Text.Pick(
            $"差评回访：{count} 条差评须在 1 个工作日内回访。",
            $"Poor ratings: {count} must be followed up within a working day."),
        NotificationKind.FollowUpOverdue => Text.Pick(
            $"差评回访逾期：{count} 条差评已超过 5 个工作日未回访。",
            $"Poor ratings overdue: {count} have gone more than 5 working days without a follow-up."),
        NotificationKind.Supervision => Text.Pick(
            $"督办：{count} 件申请已超过办理期限，已列入县级督办。",
            $"Supervision: {count} application(s) are past their due date and under county supervision."),
        NotificationKind.Escalation => Text.Pick(
            $"升级督办：{count} 件申请逾期超过 {policy.EscalationWorkingDays} 个工作日。",
            $"Escalation: {count} application(s) are more than {policy.EscalationWorkingDays} working days past due."),
        NotificationKind.Appealed => Text.Pick(
            $"申请复核：申请人对申请 {trackingNumber} 的决定申请复核，请由原决定人以外的工作人员办理。",
            $"Review asked: the resident asked for a review of the decision on application {trackingNumber}; someone other than the officer who decided handles it."),

        // NotificationTitlesTests gives every kind a title of its own; the name is only what an inbox shows rather than fail.
        _ => kind.ToString(),
    };
}
