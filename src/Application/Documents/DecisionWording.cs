using System.Globalization;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Documents;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Documents;

/// <summary>
/// The one place a written decision is worded: which steps issue one, its title, the decision in a
/// sentence, and what each kind adds (the help granted, the missing documents, the remedies).
/// </summary>
public static class DecisionWording
{
    /// <summary>The document a step issues, or null for steps that issue none (a supplement, a claim…).</summary>
    public static DocumentKind? KindOf(ApplicationAction action) => action switch
    {
        ApplicationAction.Accepted => DocumentKind.Acceptance,
        ApplicationAction.NotAccepted => DocumentKind.NonAcceptance,
        ApplicationAction.InfoRequested => DocumentKind.InformationRequest,
        ApplicationAction.Approved => DocumentKind.Approval,
        ApplicationAction.Rejected => DocumentKind.Refusal,
        ApplicationAction.AppealUpheld => DocumentKind.AppealUpheld,
        ApplicationAction.AppealOverturned => DocumentKind.AppealOverturned,
        _ => null,
    };

    public static string TitleOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Acceptance => "受理通知书",
        DocumentKind.NonAcceptance => "不予受理决定书",
        DocumentKind.InformationRequest => "补正材料一次性告知书",
        DocumentKind.Approval => "准予救助决定书",
        DocumentKind.Refusal => "不予救助决定书",
        DocumentKind.AppealUpheld or DocumentKind.AppealOverturned => "复核决定书",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether the document must tell the resident how to challenge it (行政复议, 行政诉讼).</summary>
    public static bool CarriesRemedies(DocumentKind kind) => kind is DocumentKind.NonAcceptance or DocumentKind.Refusal or DocumentKind.AppealUpheld;

    /// <summary>Whether a step's reason is its history entry's (an information request, a review) rather than the case's decision reason.</summary>
    public static bool ReasonIsTheStep(ApplicationAction action) =>
        action is ApplicationAction.InfoRequested or ApplicationAction.AppealUpheld or ApplicationAction.AppealOverturned;

    public static DecisionContent Of(
        DocumentKind kind, ReliefApplication application, ServiceItem? item, string issuingOffice, string countyName,
        int step, DateOnly issuedOn, string? reason, IDecisionTexts texts, string verificationCode)
    {
        var itemName = item?.Name ?? application.ItemCode;
        var filed = $"您于{ChinaDate(Domain.Common.ChinaTime.DateOf(application.SubmittedAt))}提出的{itemName}申请";
        var decision = kind switch
        {
            DocumentKind.Acceptance => $"{filed}，经审查，申请材料齐全、符合规定，本机关决定予以受理，将于{ChinaDate(application.DueDate)}前作出决定。",
            DocumentKind.NonAcceptance => $"{filed}，经审查，本机关决定不予受理。",
            DocumentKind.InformationRequest =>
                $"{filed}，经审查，申请材料不齐全。现将需要补正的全部内容一次性告知如下，请补齐后在平台上提交或交到{issuingOffice}；补正前办理期限暂停计算。",
            DocumentKind.Approval => $"{filed}，经审核，符合条件，本机关决定给予救助。",
            DocumentKind.Refusal => $"{filed}，经审核，不符合条件，本机关决定不予救助。",
            DocumentKind.AppealUpheld => $"{Reviewed(application)}，经复核，原决定认定事实清楚、依据正确，本机关决定维持原决定。本复核不影响您申请行政复议或者提起行政诉讼的权利和期限。",
            DocumentKind.AppealOverturned => $"{Reviewed(application)}，经复核，本机关决定撤销原决定，对您的申请重新办理，将于{ChinaDate(application.DueDate)}前重新作出决定。",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        // 一次性告知: every document the caseworker ticked, by the name the resident knows it by.
        var missing = kind == DocumentKind.InformationRequest
            ? application.RequestedDocumentKeys.Select(key => item?.Documents.FirstOrDefault(d => d.Key == key)?.RequestedName() ?? key).ToList()
            : [];

        return new DecisionContent(
            kind,
            TitleOf(kind),
            issuingOffice,
            $"{application.TrackingNumber}-{step:D2}",
            application.ApplicantName,
            ResidentIdNumber.Mask(application.ApplicantIdNumber),
            itemName,
            application.TrackingNumber,
            Domain.Common.ChinaTime.DateOf(application.SubmittedAt),
            issuedOn,
            decision,
            string.IsNullOrWhiteSpace(reason) ? null : reason,
            texts.LegalBasis(application.ItemCode, kind),
            kind == DocumentKind.Approval ? application.Benefit : null,
            missing,
            CarriesRemedies(kind) ? texts.Remedies(countyName) : null,
            verificationCode);
    }

    /// <summary>您对本机关X年X月X日作出的《不予救助决定书》提出的复核申请 — the review's subject, from the appeal just decided.</summary>
    private static string Reviewed(ReliefApplication application)
    {
        var appeal = application.Appeals.Last(a => !a.IsOpen);
        var decision = application.History.First(h => h.Sequence == appeal.DecisionStep);
        var title = TitleOf(appeal.AppealedStatus == ApplicationStatus.NotAccepted ? DocumentKind.NonAcceptance : DocumentKind.Refusal);
        return $"您于{ChinaDate(Domain.Common.ChinaTime.DateOf(appeal.FiledAt))}对本机关{ChinaDate(Domain.Common.ChinaTime.DateOf(decision.At))}作出的《{title}》提出的复核申请";
    }

    /// <summary>2026年12月7日.</summary>
    public static string ChinaDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
