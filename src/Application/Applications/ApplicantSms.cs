using System.Globalization;
using System.Text.RegularExpressions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// What a text message to the applicant says: the case's short names and dates, the reason or benefit of
/// the step, and by when the applicant must answer an information request.
/// </summary>
public sealed record SmsFacts(
    string ItemName, string DepartmentName, string TrackingNumber, DateOnly DueDate, DateOnly AnswerBy, bool FiledWithoutAccount, string? Reason, string? Benefit)
{
    /// <summary>
    /// The facts of <paramref name="application"/> as it stands, in the catalog's short names; the reason
    /// and benefit are the caller's. An information request is answered within the catalog's working days
    /// from the day it was asked (<paramref name="today"/> when it is still being written).
    /// </summary>
    public static SmsFacts Of(ReliefApplication application, CatalogSnapshot catalog, WorkingCalendar calendar, DateOnly today, string? reason, string? benefit) => new(
        catalog.SmsName(application.ItemCode, catalog.FindItem(application.ItemCode)?.Name ?? application.ItemCode),
        catalog.SmsName(application.DepartmentCode, catalog.Departments.FirstOrDefault(d => d.Code == application.DepartmentCode)?.Name ?? application.DepartmentCode),
        application.TrackingNumber,
        application.DueDate,
        catalog.AnswerBy(application.PausedOn ?? today, calendar),
        application.ResidentId is null,
        reason,
        benefit);
}

/// <summary>
/// The one place the applicant's text messages are worded: the handler that queues them, the console's
/// preview before a decision and the sign-in code all come from here, so what staff see is what is sent.
/// Every message fits one SMS (<see cref="MaxLength"/> characters, signature included): a message is a
/// fixed sentence plus at most one free text (a reason, a benefit), and the free text gets the room left
/// and is cut with "…" past it, the full text being on the platform or with the department the message
/// names. A decision's message says where its written decision is (决定书可在平台下载); that sentence is
/// part of the fixed tail, and the free text shrinks to make room.
/// </summary>
public static partial class ApplicantSms
{
    public const string Signature = "【云南政府救助平台】";

    /// <summary>One SMS of Chinese text: 70 characters, the signature included, counted as characters, not bytes.</summary>
    public const int MaxLength = 70;

    /// <summary>The message for <paramref name="action"/>, signature included, or null when the step sends none.</summary>
    public static string? Of(ApplicationAction action, SmsFacts facts)
    {
        var subject = $"您的{facts.ItemName}申请（尾号{Tail(facts.TrackingNumber)}）";
        var department = facts.DepartmentName;
        var due = Date(facts.DueDate);
        var answerBy = Date(facts.AnswerBy);
        // Where the written decision (决定书, ADR 0037) is: on the platform, or for someone filed for without an account, with the department.
        var document = facts.FiledWithoutAccount ? $"决定书可到{department}领取" : "决定书可在平台下载";
        return action switch
        {
            ApplicationAction.Submitted => Compose($"{subject}已提交，{department}将在{due}前决定是否受理。"),
            ApplicationAction.Accepted => Compose($"{subject}已受理，将在{due}前办结。"),
            // Filed for someone without an account: the papers go to the department, not through the phone page.
            ApplicationAction.InfoRequested when facts.FiledWithoutAccount =>
                Compose($"{subject}需补充材料，请在{answerBy}前交到村（社区）或{department}", "：", facts.Reason, "。"),
            ApplicationAction.InfoRequested => Compose($"{subject}需补充材料，请在{answerBy}前在平台补交", "：", facts.Reason, "。"),
            ApplicationAction.Supplemented => Compose($"{subject}的补充材料已收到，将在{due}前办结。"),
            ApplicationAction.Approved => Compose($"{subject}已批准", "，救助内容：", facts.Benefit, $"。{document}。"),
            ApplicationAction.Rejected when facts.FiledWithoutAccount => Compose($"{subject}未获批准", "，原因：", facts.Reason, $"。{document}。"),
            ApplicationAction.Rejected => Compose($"{subject}未获批准", "，原因：", facts.Reason, $"。{document}，有疑问请联系{department}。"),
            ApplicationAction.NotAccepted => Compose($"{subject}不予受理", "，原因：", facts.Reason, $"。{document}。"),
            ApplicationAction.Transferred => Compose($"{subject}已转由{department}办理，将在{due}前决定是否受理。"),
            ApplicationAction.Withdrawn => Compose($"{subject}已撤回。"),
            ApplicationAction.Merged => Compose($"{subject}与同一事项的另一件申请合并办理，结果会告知申请人本人。"),
            ApplicationAction.ExtensionApproved => Compose($"{subject}经批准延期，将在{due}前办结。"),
            ApplicationAction.Appealed => Compose($"{subject}的复核申请已收到，将在{due}前作出复核决定。"),
            ApplicationAction.AppealUpheld => Compose($"{subject}经复核维持原决定。复核{document}。"),
            ApplicationAction.AppealOverturned => Compose($"{subject}经复核撤销原决定，将在{due}前重新决定。"),
            ApplicationAction.AppealWithdrawn => Compose($"{subject}的复核申请已撤回，原决定不变。"),
            _ => null,
        };
    }

    /// <summary>求助 routed to an item (ADR 0044): which department, and what to apply for.</summary>
    public static string HelpRequestRouted(string departmentName, string itemName) =>
        Compose($"您的求助已转{departmentName}，请在平台申请{itemName}，登录可查看答复。");

    /// <summary>求助 answered in words (ADR 0044): as much of the answer as fits, the whole on the platform.</summary>
    public static string HelpRequestAnswered(string reply) => Compose("您的求助已答复", "：", reply, "。登录平台可看全文。");

    /// <summary>The sign-in code message.</summary>
    public static string SignInCode(string code) => Compose($"您的验证码是{code}，5分钟内有效，请勿告诉他人。");

    /// <summary>Characters as an SMS gateway counts them: one per character, Chinese or not (not bytes, not UTF-16 units).</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>The signature, the fixed lead, then <paramref name="label"/> and the free text in the room left, then the fixed tail.</summary>
    private static string Compose(string lead, string label = "", string? free = null, string tail = "")
    {
        var text = Clean(free);
        var room = MaxLength - Signature.Length - lead.Length - tail.Length - label.Length;
        var middle = text.Length == 0 || room < 2 ? ""
            : label + (text.Length <= room ? text : Cut(text, room - 1) + "…");
        return Signature + lead + middle + tail;
    }

    // Typed text on one line, without the closing punctuation the tail brings: never "。。".
    private static string Clean(string? text) =>
        text is null ? "" : TrailingPunctuation().Replace(RepeatedStops().Replace(Whitespace().Replace(text, " "), "。"), "");

    private static string Cut(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    private static string Tail(string trackingNumber) => trackingNumber.Length <= 4 ? trackingNumber : trackingNumber[^4..];

    private static string Date(DateOnly date) => date.ToString("M月d日", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("。{2,}")]
    private static partial Regex RepeatedStops();

    [GeneratedRegex(@"^\s+|[\s。．.！!？?；;，,、：:]+$")]
    private static partial Regex TrailingPunctuation();
}
