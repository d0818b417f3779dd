namespace ReliefPlatform.Domain.Applications;

/// <summary>The words residents and staff read for statuses and steps.</summary>
public static class StatusNames
{
    public static string Zh(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.Accepted => "已受理",
        ApplicationStatus.InfoRequested => "待补正",
        ApplicationStatus.Approved => "已办结（批准）",
        ApplicationStatus.Rejected => "已办结（不予批准）",
        ApplicationStatus.NotAccepted => "不予受理",
        ApplicationStatus.Withdrawn => "已撤回",
        ApplicationStatus.Merged => "已并案",
        ApplicationStatus.UnderAppeal => "复核中",
        _ => status.ToString(),
    };

    public static string Zh(ApplicationAction action) => action switch
    {
        ApplicationAction.Submitted => "提交申请",
        ApplicationAction.Accepted => "受理",
        ApplicationAction.NotAccepted => "不予受理",
        ApplicationAction.InfoRequested => "要求补正材料",
        ApplicationAction.Supplemented => "补正材料",
        ApplicationAction.Approved => "批准",
        ApplicationAction.Rejected => "不予批准",
        ApplicationAction.Transferred => "转办",
        ApplicationAction.Withdrawn => "撤回",
        ApplicationAction.DueDateChanged => "办理期限调整",
        ApplicationAction.ExtensionRequested => "申请延期",
        ApplicationAction.ExtensionApproved => "批准延期",
        ApplicationAction.ExtensionRefused => "不同意延期",
        ApplicationAction.Supervised => "督办",
        ApplicationAction.Claimed => "认领",
        ApplicationAction.Assigned => "分派",
        ApplicationAction.Released => "退回待认领",
        ApplicationAction.Merged => "并案",
        ApplicationAction.UrgentHelpRecorded => "先行救助",
        ApplicationAction.Appealed => "申请复核",
        ApplicationAction.AppealUpheld => "复核维持原决定",
        ApplicationAction.AppealOverturned => "复核撤销原决定",
        ApplicationAction.AppealWithdrawn => "撤回复核申请",
        _ => action.ToString(),
    };
}
