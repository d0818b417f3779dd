using System.Globalization;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications;

/// <summary>What a text message to the applicant says: the case's names and dates, and the reason or benefit of the step.</summary>
public sealed record SmsFacts(string ItemName, string DepartmentName, string TrackingNumber, DateOnly DueDate, bool FiledWithoutAccount, string? Reason, string? Benefit)
{
    /// <summary>The facts of <paramref name="application"/> as it stands, in the catalog's names; the reason and benefit are the caller's.</summary>
    public static SmsFacts Of(ReliefApplication application, CatalogSnapshot catalog, string? reason, string? benefit) => new(
        catalog.FindItem(application.ItemCode)?.Name ?? application.ItemCode,
        catalog.Departments.FirstOrDefault(d => d.Code == application.DepartmentCode)?.Name ?? application.DepartmentCode,
        application.TrackingNumber,
        application.DueDate,
        application.ResidentId is null,
        reason,
        benefit);
}

/// <summary>
/// The one place the applicant's text messages are worded: the handler that queues them and the
/// console's preview before a decision both call <see cref="Of"/>, so what staff see is what is sent.
/// </summary>
public static class ApplicantSms
{
    public const string Signature = "【云南政府救助平台】";
    private const int ReasonLength = 60;

    /// <summary>The message for <paramref name="action"/>, signature included, or null when the step sends none.</summary>
    public static string? Of(ApplicationAction action, SmsFacts facts)
    {
        var subject = $"您的{facts.ItemName}申请（编号{facts.TrackingNumber}）";
        var department = facts.DepartmentName;
        var due = facts.DueDate.ToString("M月d日", CultureInfo.InvariantCulture);
        var text = action switch
        {
            ApplicationAction.Submitted => $"{subject}已提交，{department}将在{due}前受理。",
            ApplicationAction.Accepted => $"{subject}已受理，将在{due}前办结。",
            // Filed for someone without an account: the papers go to the department, not through the phone page.
            ApplicationAction.InfoRequested when facts.FiledWithoutAccount =>
                $"{subject}需要补充材料：{Short(facts.Reason)}。请将材料交给{department}或村（社区），补正前办理期限暂停计算。",
            ApplicationAction.InfoRequested => $"{subject}需要补充材料：{Short(facts.Reason)}。请在平台上补正，补正前办理期限暂停计算。",
            ApplicationAction.Supplemented => $"{subject}的补正材料已收到，将在{due}前办结。",
            ApplicationAction.Approved => $"{subject}已批准。{(facts.Benefit is { } b ? $"救助内容：{Short(b)}。" : "")}",
            ApplicationAction.Rejected => $"{subject}未获批准，原因：{Short(facts.Reason)}。如有疑问可联系{department}。",
            ApplicationAction.NotAccepted => $"{subject}不予受理，原因：{Short(facts.Reason)}。",
            ApplicationAction.Transferred => $"{subject}已转由{department}办理，将在{due}前受理。",
            ApplicationAction.Withdrawn => $"{subject}已撤回。",
            ApplicationAction.Merged => $"{subject}已并案：{ReliefApplication.MergedExplanation}",
            ApplicationAction.ExtensionApproved => $"{subject}经批准延期，办理期限延至{due}。",
            _ => null,
        };
        return text is null ? null : Signature + text;
    }

    private static string Short(string? text) =>
        text is null ? "" : text.Length <= ReasonLength ? text : text[..ReasonLength] + "…";
}
