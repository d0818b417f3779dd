using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Speech;

/// <summary>The fixed sentences read aloud for a status: the phone page's words for it (web/src/locales/zh.js, <c>status</c>) and what it means.</summary>
public static class SpeechTexts
{
    public const string ContentType = "audio/wav";

    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "等待受理。部门会先决定是否受理您的申请。",
        ApplicationStatus.Accepted => "正在办理。部门已经受理，会在办理时限内办结。",
        ApplicationStatus.InfoRequested => "需要您补充材料。请按页面上的要求补充；补充之前，办理计时暂停。",
        ApplicationStatus.Approved => "已办结：同意。办理结果写在页面上。",
        ApplicationStatus.Rejected => "已办结：不同意。原因写在页面上。",
        ApplicationStatus.NotAccepted => "不予受理。原因写在页面上。",
        ApplicationStatus.Withdrawn => "已撤回。这份申请不再办理。",
        ApplicationStatus.Merged => "已并案。这份申请并入了先提交的那一份。",
        ApplicationStatus.UnderAppeal => "复核中。您申请了复核，部门会另外安排工作人员重新审查，在页面上写的日期前答复。",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
