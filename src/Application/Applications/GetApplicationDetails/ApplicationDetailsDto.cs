using System.Text.Json;
using ReliefPlatform.Application.Applications.RateApplication;
using ReliefPlatform.Application.Attachments;

namespace ReliefPlatform.Application.Applications.GetApplicationDetails;

public sealed record ApplicationDetailsDto(
    Guid Id,
    string TrackingNumber,
    string Status,
    string ItemCode,
    string ItemName,
    string ItemNameEn,
    string DepartmentCode,
    string RegionCode,
    string? RegionName,
    ApplicantDto Applicant,
    JsonElement Answers,

    string Description,
    string Channel,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? CompletedAt,
    DateOnly DueDate,
    string? SlaState,
    bool Paused,
    int PausedWorkingDays,
    int? WorkingDaysLeft,
    int ExtendedWorkingDays,
    PendingExtensionInfo? PendingExtension,
    string? DecisionReason,
    string? Benefit,
    Guid Version,
    Guid? AssignedToStaffId,
    IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyList<SupervisionNoteDto>? SupervisionNotes)
{
    /// <summary>
    /// What the caller may do to the application now, as <c>ApplicationAction</c> names (the words of
    /// <c>history[].action</c>): what its status allows, less what its state refuses (one holder, one pending
    /// extension), of the actions the caller's role sends. A resident sees <c>Supplemented</c> and
    /// <c>Withdrawn</c>; a caseworker <c>Accepted</c>, <c>NotAccepted</c>, <c>InfoRequested</c>,
    /// <c>Supplemented</c> (recorded for the resident), <c>Approved</c>, <c>Rejected</c>, <c>Transferred</c>,
    /// <c>ExtensionRequested</c>, <c>Claimed</c>, <c>Assigned</c> and <c>Released</c>; a supervisor
    /// <c>ExtensionApproved</c>, <c>ExtensionRefused</c> and <c>Supervised</c>. Empty once the case is closed.
    /// </summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>
    /// True while the clock has not stopped and the due date falls in a year whose holidays are not entered:
    /// it was counted Monday–Friday and moves when an administrator enters them.
    /// </summary>
    public bool DueDateProvisional { get; init; }

    /// <summary><c>Running</c>, <c>Paused</c> (waiting for the resident) or <c>Stopped</c> (closed).</summary>
    public string Clock { get; init; } = "";

    /// <summary>What the due date is for while the clock runs: <c>Intake</c> (to accept) or <c>Decision</c>; null otherwise.</summary>
    public string? DeadlinePhase { get; init; }

    /// <summary>The documents uploaded with the application and with answers to information requests.</summary>
    public IReadOnlyList<AttachmentDto> Attachments { get; init; } = [];

    /// <summary>The resident's 好差评, once given.</summary>
    public RatingDto? Rating { get; init; }

    /// <summary>After a poor rating: the department's follow-up, its due date and what it did.</summary>
    public RespondToRating.FollowUpDto? FollowUp { get; init; }

    /// <summary>
    /// Staff only: the same person's or household's other open or recent applications in any department,
    /// each with why it matters (cross-department check at intake).
    /// </summary>
    public IReadOnlyList<RelatedApplicationDto> Related { get; init; } = [];

    /// <summary>While the case waits for the resident: what the caseworker asked for, document by document.</summary>
    public InformationRequestDto? InformationRequest { get; init; }

    /// <summary>The official who filed it (他人代举, 政府托举); null when the resident filed.</summary>
    public FiledByDto? FiledBy { get; init; }

    /// <summary>Staff only: the display name of the caseworker holding the case.</summary>
    public string? AssignedToName { get; init; }

    /// <summary>Whom the resident account filed for (<c>Self</c>, <c>Spouse</c>, <c>Child</c>…); null for what officials file.</summary>
    public string? Relationship { get; init; }

    /// <summary>Staff only: the resident account that filed, and whether its identity was verified (实名认证) when it did.</summary>
    public ResidentFilerDto? FiledByResident { get; init; }

    /// <summary>Staff only: 疑似重复, the open case of the same person and item another account filed first; after 并案, the case this one went into.</summary>
    public LinkedApplicationDto? PossibleDuplicateOf { get; init; }

    /// <summary>Staff only: later filings for the same person and item from other accounts, linked to this case.</summary>
    public IReadOnlyList<LinkedApplicationDto> PossibleDuplicates { get; init; } = [];

    /// <summary>
    /// Staff only: what the resident did that no caseworker has opened the case since (<c>Supplemented</c>,
    /// <c>Withdrawn</c>, <c>PoorRating</c>); POST …/seen clears it.
    /// </summary>
    public string? ResidentNews { get; init; }

    /// <summary>先行救助 (ADR 0039): the help clock in hours and, once help is recorded, the paperwork date; null for an ordinary case.</summary>
    public UrgentAidDto? Urgent { get; init; }

    /// <summary>The stage of the item's procedure the case is in (the last one once closed), and its own due date.</summary>
    public Procedure.StageDto? Stage { get; init; }

    /// <summary>复核 (ADR 0042): the last day the refusal or non-acceptance can still be appealed; null when it cannot (any other status, or reviewed already).</summary>
    public DateOnly? AppealBy { get; init; }

    /// <summary>The case's requests for review, oldest first, with their outcomes.</summary>
    public IReadOnlyList<AppealDto> Appeals { get; init; } = [];
}

/// <param name="Verified">Whether the account had a verified identity when it filed; false: the applicant is only what it typed.</param>
/// <param name="VerifiedName">The account's verified name, when it has one: who filed for whom.</param>
/// <param name="Relationship">The relationship in Chinese words (本人, 配偶…).</param>
public sealed record ResidentFilerDto(bool Verified, string? VerifiedName, string Relationship);

public sealed record LinkedApplicationDto(Guid Id, string TrackingNumber, string Status, DateTimeOffset SubmittedAt, bool Unverified, string? Relationship);

/// <summary>An information request as the resident answers it; <c>answerBy</c> is the last day (China's date) to answer by, the date the text message gives.</summary>
public sealed record InformationRequestDto(string? Reason, IReadOnlyList<RequestedDocumentDto> MissingDocuments, DateTimeOffset RequestedAt, DateOnly AnswerBy);

public sealed record RequestedDocumentDto(string Key, string Name, string NameEn);

public sealed record FiledByDto(string DisplayName, string? DepartmentCode);

public sealed record RelatedApplicationDto(
    string TrackingNumber, string ItemCode, string ItemName, string DepartmentCode, string Status, DateTimeOffset SubmittedAt, bool SameApplicant, bool Warning, string Explanation);

public sealed record PendingExtensionInfo(int WorkingDays, string Reason, DateTimeOffset RequestedAt);

/// <summary>The applicant with the ID number and phone masked; revealing them is a separate, audited act.</summary>
public sealed record ApplicantDto(string Name, string IdNumber, string Phone);

public sealed record HistoryEntryDto(string Action, DateTimeOffset At, string By, string? Reason, string? FromStatus, string ToStatus)
{
    /// <summary>Staff only: the display name of the member of staff who acted.</summary>
    public string? ByName { get; init; }
}

/// <summary>督办 on the application, for staff only: <c>lapsed</c> when still open after its deadline.</summary>
public sealed record SupervisionNoteDto(
    Guid Id, string Supervisor, string RegionCode, string Note, DateOnly Deadline, DateTimeOffset IssuedAt, DateTimeOffset? ClosedAt, bool Lapsed);

/// <summary>
/// A request for review (复核) and its outcome. <c>appealed</c>: the decision reviewed (<c>Rejected</c> or
/// <c>NotAccepted</c>); <c>outcome</c>: <c>Upheld</c>, <c>Overturned</c> or null while under review;
/// <c>recused</c>: the caller took the decision under review and may not review it.
/// </summary>
public sealed record AppealDto(
    int Sequence, string Appealed, string Reason, DateTimeOffset FiledAt, DateOnly DueDate, string? Outcome, string? OutcomeReason,
    DateTimeOffset? DecidedAt, bool? DecidedOnTime, string? ReviewerName, bool Recused)
{
    internal static AppealDto Of(Domain.Applications.Appeal a, string? reviewerName, bool recused) => new(
        a.Sequence, a.AppealedStatus.ToString(), a.Reason, Domain.Common.ChinaTime.ToChinaOffset(a.FiledAt), a.DueDate, a.Outcome?.ToString(), a.OutcomeReason,
        a.DecidedAt is { } at ? Domain.Common.ChinaTime.ToChinaOffset(at) : null, a.DecidedOnTime, reviewerName, recused);
}
