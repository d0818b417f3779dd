using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// An application (申请) for one service item. It owns its lifecycle: every transition is a method
/// that refuses what the current status does not allow (<see cref="ApplicationLifecycle"/>), records a history entry, and renews
/// <see cref="Version"/> so that a concurrent writer holding the old version fails instead of overwriting.
/// </summary>
public sealed class ReliefApplication : Entity
{
    public const int DescriptionMaxLength = 2000;
    public const int ReasonMaxLength = ApplicationHistoryEntry.ReasonMaxLength;
    public const int BenefitMaxLength = 500;
    public const int TrackingNumberMaxLength = 20;
    public const int AnswersMaxLength = 20_000;
    public const int DefaultDueSoonWorkingDays = 2;
    public const int IdIndexMaxLength = 64;
    public const int RequestedDocumentsMaxLength = 500;
    public const int OpenCaseKeyMaxLength = ServiceItem.CodeMaxLength + 1 + IdIndexMaxLength + 1 + 32;

    /// <summary>What the account whose filing was merged reads (phone page and SMS): plain words, nothing of the other case.</summary>
    public const string MergedExplanation = "同一申请人的同一事项已有一件申请在办理，您的这份申请已并入该件一并办理，不再单独办理；办理结果将告知申请人本人。";

    private readonly List<ApplicationHistoryEntry> _history = [];
    private readonly List<SupervisionNote> _supervisionNotes = [];
    private readonly List<StageRecord> _stageRecords = [];
    private readonly List<HomeVisit> _homeVisits = [];
    private readonly List<PublicNotice> _notices = [];
    private readonly List<Appeal> _appeals = [];

    private ReliefApplication()
    {
        TrackingNumber = ItemCode = DepartmentCode = RegionCode = CountyCode = Description = AnswersJson = string.Empty;
        ApplicantName = ApplicantIdNumber = ApplicantPhone = StageKey = StageOfficeRegionCode = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The number a resident quotes: the China date of filing and ten random digits.</summary>
    public string TrackingNumber { get; private set; }

    public string ItemCode { get; private set; }

    public string DepartmentCode { get; private set; }

    /// <summary>Where the applicant lives: a county, township or village code in the province.</summary>
    public string RegionCode { get; private set; }

    /// <summary>The county office that handles the case (first six digits of <see cref="RegionCode"/>).</summary>
    public string CountyCode { get; private set; }

    public string ApplicantName { get; private set; }

    /// <summary>Stored encrypted, like the phone, the answers and the description.</summary>
    public string ApplicantIdNumber { get; private set; }

    public string ApplicantPhone { get; private set; }

    /// <summary>The ID number's blind index; null only on rows from before it existed, until the rotation job fills it.</summary>
    public string? ApplicantIdIndex { get; private set; }

    /// <summary>The applicant as a value object; stored as the columns above.</summary>
    public Applicant Applicant => Applicant.Restore(ApplicantName, ApplicantIdNumber, ApplicantPhone, ApplicantIdIndex);

    /// <summary>The answers to the item's questions, as a JSON object checked against the item's fields.</summary>
    public string AnswersJson { get; private set; }

    /// <summary>The hardship in the applicant's own words.</summary>
    public string Description { get; private set; }

    public FilingChannel Channel { get; private set; }

    /// <summary>The resident account that owns the application and may follow it.</summary>
    public Guid? ResidentId { get; private set; }

    /// <summary>The official who filed it, for 他人代举 and 政府托举.</summary>
    public Guid? FiledByStaffId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>
    /// 按时办结: decided on or before the due date (China date; pauses and extensions already moved the
    /// due date). Fixed at the moment of the decision; null until decided, and for withdrawals.
    /// </summary>
    public bool? CompletedOnTime { get; private set; }

    /// <summary>Working days from filing to the decision, the days waiting for the resident excluded.</summary>
    public int? WorkingDaysTaken { get; private set; }

    /// <summary>The last working day to act: intake while submitted, decision once accepted.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The China date the clock was paused for an information request, while it is paused.</summary>
    public DateOnly? PausedOn { get; private set; }

    /// <summary>Working days spent waiting for the resident; never counted against the department.</summary>
    public int PausedWorkingDays { get; private set; }

    /// <summary>Working days added by approved extensions; a case completed within them is on time "with extension".</summary>
    public int ExtendedWorkingDays { get; private set; }

    /// <summary>The extension a caseworker asked for, while a supervisor has not decided; one at a time.</summary>
    public PendingExtension? PendingExtension { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? Benefit { get; private set; }

    /// <summary>
    /// <c>{item}|{id index}|{owner}</c> while the application is open, null once closed; the owner is the
    /// resident account, or <c>staff</c> for what officials file. A unique index on it makes "one open
    /// application per person and item" hold per account, even under concurrent submissions: one account's
    /// filing never depends on another's (ADR 0035), and a second account's filing is linked instead.
    /// </summary>
    public string? OpenCaseKey { get; private set; }

    /// <summary>Whom the resident account filed for (本人, 配偶, 子女…); null for what officials file.</summary>
    public Relationship? Relationship { get; private set; }

    /// <summary>
    /// Whether the filing account had a verified real-name identity (实名认证) when it filed; null for what
    /// officials file, who check identity in person. False marks the case "unverified" for the caseworker.
    /// </summary>
    public bool? FilerVerified { get; private set; }

    /// <summary>
    /// The open case of the same person and item, filed earlier from another account, that this one may
    /// duplicate (疑似重复); the caseworker merges it (并案) or refuses it with a reason. After a merge, the case it went into.
    /// </summary>
    public Guid? DuplicateOfId { get; private set; }

    /// <summary>The document keys the last information request asked for, comma-separated; null when it named none.</summary>
    public string? RequestedDocuments { get; private set; }

    /// <summary>The documents the last information request asked for, in the item's order of asking.</summary>
    public IReadOnlyList<string> RequestedDocumentKeys =>
        RequestedDocuments is null ? [] : RequestedDocuments.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimistic concurrency token, renewed by every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The caseworker who holds the application; null while it waits in the department's shared queue.</summary>
    public CaseClaim? Holder { get; private set; }

    /// <summary>What the resident did that no caseworker has opened the case since; cleared by <see cref="MarkSeen"/>.</summary>
    public ResidentNews? ResidentNews { get; private set; }

    /// <summary>Whether the item's procedure has stages beyond acceptance and a decision (it can go back to investigation).</summary>
    public bool Staged { get; private set; }

    /// <summary>The stage of the item's procedure the case is in (<see cref="ProcedureStage.Key"/>); the last one stays after the case closes.</summary>
    public string StageKey { get; private set; }

    public StageKind StageKind { get; private set; }

    /// <summary>Which office level the stage belongs to, as the item's procedure says.</summary>
    public OfficeLevel StageOffice { get; private set; }

    /// <summary>
    /// The office that holds the stage: the township of the resident's address (9 digits) for township
    /// stages, the county (6) otherwise, or when the address names no township. Its staff act on the case.
    /// </summary>
    public string StageOfficeRegionCode { get; private set; }

    /// <summary>1 at acceptance, one more for every stage entered (a stage repeated after a send-back included).</summary>
    public int StageSequence { get; private set; }

    public DateTime StageStartedAt { get; private set; }

    /// <summary>The stage's own last working day (China date): its share of the limit, moved like <see cref="DueDate"/>.</summary>
    public DateOnly StageDueDate { get; private set; }

    /// <summary>Working days of the stage in progress spent waiting for the resident.</summary>
    public int StagePausedWorkingDays { get; private set; }

    /// <summary>The township's recommendation from its review: approve (with <see cref="ProposedBenefit"/>) or refuse; null before it.</summary>
    public bool? RecommendedApproval { get; private set; }

    public string? ProposedBenefit { get; private set; }

    /// <summary>The <see cref="StageSequence"/> of the stage in which a home visit was last recorded.</summary>
    public int? VisitedInStage { get; private set; }

    /// <summary>The last day (China date) of the public notice in progress.</summary>
    public DateOnly? NoticeEndsOn { get; private set; }

    /// <summary>Objections to the public notice that the township has not looked into yet; the notice cannot end while any is open.</summary>
    public int OpenObjections { get; private set; }

    public IReadOnlyList<ApplicationHistoryEntry> History => _history.AsReadOnly();

    /// <summary>The stages ended so far; appended to, never read back into the aggregate's rules.</summary>
    public IReadOnlyList<StageRecord> StageRecords => _stageRecords.AsReadOnly();

    public IReadOnlyList<HomeVisit> HomeVisits => _homeVisits.AsReadOnly();

    public IReadOnlyList<PublicNotice> Notices => _notices.AsReadOnly();

    /// <summary>复核 requests on this application; load them with the application before filing or deciding one.</summary>
    public IReadOnlyList<Appeal> Appeals => _appeals.AsReadOnly();

    /// <summary>The review in progress, while <see cref="ApplicationStatus.UnderAppeal"/>.</summary>
    public Appeal? OpenAppeal => _appeals.FirstOrDefault(a => a.IsOpen);

    /// <summary>督办 notes on this application; load them with the application before deciding it, so they close.</summary>
    public IReadOnlyList<SupervisionNote> SupervisionNotes => _supervisionNotes.AsReadOnly();

    public static ReliefApplication Submit(
        string trackingNumber,
        ServiceItem item,
        Regions.RegionCode regionCode,
        Applicant applicant,
        string answersJson,
        string description,
        FilingChannel channel,
        Guid? residentId,
        Actor actor,
        DateTime nowUtc,
        WorkingCalendar calendar,
        int intakeTimeLimitWorkingDays)
    {
        var application = new ReliefApplication
        {
            Id = Guid.CreateVersion7(),
            TrackingNumber = trackingNumber,
            ItemCode = item.Code,
            DepartmentCode = item.DepartmentCode,
            RegionCode = regionCode.Value,
            CountyCode = regionCode.County.Value,
            ApplicantName = applicant.Name,
            ApplicantIdNumber = applicant.IdNumber,
            ApplicantPhone = applicant.Phone,
            ApplicantIdIndex = applicant.IdIndex,
            AnswersJson = answersJson,
            Description = Guard.Text(description, DescriptionMaxLength, "The description"),
            Channel = channel,
            ResidentId = residentId,
            FiledByStaffId = channel == FilingChannel.Resident ? null : actor.Id,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = nowUtc,
            DueDate = calendar.AddWorkingDays(ChinaTime.DateOf(nowUtc), intakeTimeLimitWorkingDays),
            Version = Guid.NewGuid(),
        };
        application.OpenCaseKey = application.CaseKey();
        application.Staged = item.Procedure.IsStaged;
        application.EnterStage(item.Procedure.First, nowUtc, calendar, application.DueDate);
        application.Record(ApplicationAction.Submitted, null, actor, nowUtc, null);
        application.Raise(new ApplicationSubmittedDomainEvent(application.Id, Catalog.DepartmentCode.Parse(item.DepartmentCode), regionCode.County, nowUtc));
        return application;
    }

    /// <summary>Who filed for whom, as the filing account stood: the relationship it named, and whether its identity was verified.</summary>
    public void RecordFiler(Relationship relationship, bool filerVerified)
    {
        Relationship = relationship;
        FilerVerified = filerVerified;
    }

    /// <summary>Links a new filing to the open case of the same person and item that another account filed first.</summary>
    public void MarkPossibleDuplicateOf(Guid firstId) => DuplicateOfId = firstId;

    /// <summary>
    /// 并案: the caseworker merges this possible duplicate into the case it is linked with, which must
    /// still be open; this one closes without a decision of its own, like a withdrawal, and the filing
    /// account is told in <see cref="MergedExplanation"/>'s plain words.
    /// </summary>
    public void MergeInto(ReliefApplication primary, Actor actor, DateTime nowUtc)
    {
        EnsureAllowed(ApplicationAction.Merged);
        if (DuplicateOfId is null || primary.Id != DuplicateOfId || !primary.Status.IsOpen()
            || primary.ItemCode != ItemCode || primary.ApplicantIdIndex != ApplicantIdIndex)
        {
            throw new DomainException(
                "merge-target-closed",
                Text.Pick("关联的申请已办结或不存在，不能并案；请按不予受理处理并说明理由。", "The linked application is closed or missing: it cannot be merged; refuse this one with a reason instead."));
        }

        EndStage(StageOutcome.Closed, nowUtc, null);
        CompletedAt = nowUtc;
        PausedOn = null;
        OpenCaseKey = null;
        PendingExtension = null;
        DecisionReason = MergedExplanation;
        CloseSupervisionNotes(nowUtc);
        MoveTo(ApplicationStatus.Merged, ApplicationAction.Merged, actor, nowUtc, MergedExplanation);
    }

    /// <summary>受理: the item's time limit starts, and the first stage after acceptance of <paramref name="procedure"/> (the item's, or acceptance and a decision).</summary>
    public void Accept(Actor actor, DateTime nowUtc, WorkingCalendar calendar, int timeLimitWorkingDays, ProcedureChain? procedure = null)
    {
        EnsureAllowed(ApplicationAction.Accepted);
        // A case filed before its item had stages finishes the way it began.
        procedure = Staged ? procedure : null;
        procedure ??= ProcedureChain.Of(null, timeLimitWorkingDays);
        AcceptedAt = nowUtc;
        DueDate = calendar.AddWorkingDays(ChinaTime.DateOf(nowUtc), timeLimitWorkingDays);
        EndStage(StageOutcome.Completed, nowUtc, calendar);
        EnterStage(procedure.After(StageKey, true) ?? procedure.Stages[^1], nowUtc, calendar);
        MoveTo(ApplicationStatus.Accepted, ApplicationAction.Accepted, actor, nowUtc, null);
    }

    /// <summary>
    /// 推进: the office holding the stage has done it and passes the case on. Investigation needs its home
    /// visit; review needs the recommendation (approving names the help proposed); a public notice needs
    /// its days over and no objection open. After a recommendation to refuse, a notice that only follows
    /// approvals is skipped. Entering a notice posts it (<paramref name="householdSize"/> as found on the visit).
    /// </summary>
    public void CompleteStage(
        Actor actor, DateTime nowUtc, WorkingCalendar calendar, ProcedureChain procedure, string? note,
        bool? recommendApproval = null, string? proposedBenefit = null, int householdSize = 0)
    {
        EnsureAllowed(ApplicationAction.StageCompleted);
        var stage = procedure[StageKey];
        var today = ChinaTime.DateOf(nowUtc);
        switch (stage.Kind)
        {
            case StageKind.Investigation when stage.MinVisitors > 0 && VisitedInStage != StageSequence:
                throw new DomainException("home-visit-required", Text.Pick("请先录入本次入户调查记录，再提交审核。", "Record this stage's home visit before passing the case on."));
            case StageKind.Review when recommendApproval is null:
                throw new DomainException("recommendation-required", Text.Pick("请选择审核意见：拟同意或拟不同意。", "Choose the recommendation: approve or refuse."));
            case StageKind.Review when recommendApproval == true && string.IsNullOrWhiteSpace(proposedBenefit):
                throw new DomainException("benefit-required", Text.Pick("拟同意时请填写拟给予的救助（如每月金额）。", "Recommending approval, state the help proposed (e.g. the monthly amount)."));
            case StageKind.Review:
                RecommendedApproval = recommendApproval;
                ProposedBenefit = recommendApproval == true ? Guard.Text(proposedBenefit!, BenefitMaxLength, "The proposed help") : null;
                break;
            case StageKind.PublicNotice when OpenObjections > 0:
                throw new DomainException("objection-open", Text.Pick("公示期间收到的异议还没有处理完。", "An objection raised during the notice is not resolved yet."));
            case StageKind.PublicNotice when NoticeEndsOn is { } ends && today <= ends:
                throw new DomainException("notice-running", Text.Pick($"公示到 {ends:yyyy年M月d日} 结束，结束后才能进入下一步。", $"The notice runs until {ends:yyyy-MM-dd}; the case moves on after that."));
        }

        var next = procedure.After(StageKey, RecommendedApproval ?? true)
            ?? throw new InvalidStatusTransitionException(Status, ApplicationAction.StageCompleted);
        var why = string.IsNullOrWhiteSpace(note) ? null : Guard.Text(note, ReasonMaxLength - 80, "The note");
        var recommendation = stage.Kind == StageKind.Review ? (RecommendedApproval == true ? $"拟同意：{ProposedBenefit}" : "拟不同意") : null;
        Record(ApplicationAction.StageCompleted, Status, actor, nowUtc, string.Join("；", new[] { $"{stage.Name} → {next.Name}", recommendation, why }.Where(t => t is not null)));
        EndStage(StageOutcome.Completed, nowUtc, calendar);
        EnterStage(next, nowUtc, calendar);
        if (next.Kind == StageKind.PublicNotice)
        {
            var ends = today.AddDays(next.CalendarDays!.Value);
            NoticeEndsOn = ends;
            OpenObjections = 0;
            StageDueDate = calendar.AddWorkingDays(ends, 1);
            _notices.Add(new PublicNotice(this, RegionCode.Length == Regions.RegionCode.MaxLength ? RegionCode : StageOfficeRegionCode, householdSize, today, ends));
        }
    }

    /// <summary>退回: back to the procedure's investigation, with the reason; the recommendation and any notice go with it.</summary>
    public void SendBack(Actor actor, DateTime nowUtc, WorkingCalendar calendar, ProcedureChain procedure, string reason)
    {
        EnsureAllowed(ApplicationAction.SentBack);
        var investigation = procedure.Investigation
            ?? throw new DomainException("no-investigation", Text.Pick("此事项没有入户调查环节，不能退回。", "This item's procedure has no investigation to send the case back to."));
        var why = Guard.Text(reason, ReasonMaxLength - 40, "The reason");
        Record(ApplicationAction.SentBack, Status, actor, nowUtc, $"退回{investigation.Name}：{why}");
        EndStage(StageOutcome.SentBack, nowUtc, calendar);
        RecommendedApproval = null;
        ProposedBenefit = null;
        NoticeEndsOn = null;
        EnterStage(investigation, nowUtc, calendar);
    }

    /// <summary>
    /// 申请复核: the applicant asks the office that refused (or did not accept) to review its decision, within
    /// the catalog's period and once per decision. The decision stands while it is reviewed; the case goes back
    /// to the same office, at the same stage, due within the review's working days. The officer who decided is
    /// recorded so that someone else reviews it.
    /// </summary>
    public Appeal FileAppeal(Actor actor, DateTime nowUtc, WorkingCalendar calendar, AppealRules rules, string reason)
    {
        EnsureAllowed(ApplicationAction.Appealed);
        EnsureApplicant(actor, "只有申请人本人可以申请复核。", "Only the applicant can ask for a review.");

        var decision = _history.Last(h => h.Action is ApplicationAction.Rejected or ApplicationAction.NotAccepted);
        if (_appeals.Any(a => a.DecisionStep == decision.Sequence))
        {
            throw new DomainException("appeal-once", Text.Pick("这个决定已经申请过复核，不能再次申请复核。", "A review of this decision has already been asked for."));
        }

        var today = ChinaTime.DateOf(nowUtc);
        var lastDay = rules.LastDay(ChinaTime.DateOf(decision.At), calendar);
        if (today > lastDay)
        {
            throw new DomainException(
                "appeal-period-over",
                Text.Pick(
                    $"申请复核的期限已于{lastDay:yyyy年M月d日}届满，不能再申请复核。如不服决定，仍可以按决定书所写申请行政复议或者提起行政诉讼。",
                    $"The period to ask for a review ended on {lastDay:yyyy-MM-dd}. You can still seek administrative reconsideration or sue, as the written decision says."));
        }

        var words = (reason ?? string.Empty).Trim();
        if (words.Length < rules.ReasonMinLength || words.Length > AppealRules.ReasonMaxLength)
        {
            throw new DomainException(
                "appeal-reason",
                Text.Pick(
                    $"请写明申请复核的理由（{rules.ReasonMinLength}到{AppealRules.ReasonMaxLength}个字）。",
                    $"State why the decision should be reviewed ({rules.ReasonMinLength} to {AppealRules.ReasonMaxLength} characters)."));
        }

        var dueDate = calendar.AddWorkingDays(today, rules.WorkingDays);
        var appeal = new Appeal(this, _appeals.Count + 1, decision.Sequence, decision.ActorRole == Role.Caseworker ? decision.ActorId : null, words, actor.Id, nowUtc, dueDate);
        _appeals.Add(appeal);

        // The queue and the sweep read the application's due dates: they are the review's while it runs.
        DueDate = dueDate;
        StageDueDate = dueDate;
        Holder = null;
        MoveTo(ApplicationStatus.UnderAppeal, ApplicationAction.Appealed, actor, nowUtc, null);
        Tell(Applications.ResidentNews.Appealed, nowUtc);
        return appeal;
    }

    /// <summary>
    /// 复核决定: an officer of the office, other than the one who decided, upholds the decision (the case is
    /// closed again as it was) or overturns it. Overturned, the case is open for a new decision, with the item's
    /// time limit counted afresh: a non-acceptance is accepted and goes to the stage after acceptance; a refusal
    /// goes back to the stage that decided it (which may send a staged case back to investigation).
    /// </summary>
    public void DecideAppeal(
        Actor actor, DateTime nowUtc, WorkingCalendar calendar, AppealOutcome outcome, string reason, int timeLimitWorkingDays, ProcedureChain? procedure = null)
    {
        EnsureAllowed(outcome == AppealOutcome.Upheld ? ApplicationAction.AppealUpheld : ApplicationAction.AppealOverturned);
        var appeal = OpenAppeal ?? throw new InvalidStatusTransitionException(Status, ApplicationAction.AppealUpheld);
        var reviewer = actor.Role == Role.Caseworker && actor.Id is { } id
            ? id
            : throw new DomainException("appeal-by-caseworker", Text.Pick("复核由部门的工作人员办理。", "A review is decided by the office's staff."));
        EnsureNotRecused(actor);
        var why = Guard.Text(reason, ReasonMaxLength, "The reason");
        appeal.Decide(outcome, why, reviewer, nowUtc);
        CloseSupervisionNotes(nowUtc);
        if (outcome == AppealOutcome.Upheld)
        {
            MoveTo(appeal.AppealedStatus, ApplicationAction.AppealUpheld, actor, nowUtc, why);
            return;
        }

        // A new decision is owed: the case is open again, and counts again when decided (docs/metrics.md).
        procedure = Staged ? procedure : null;
        procedure ??= ProcedureChain.Of(null, timeLimitWorkingDays);
        var today = ChinaTime.DateOf(nowUtc);
        DueDate = calendar.AddWorkingDays(today, timeLimitWorkingDays);
        CompletedAt = null;
        CompletedOnTime = null;
        WorkingDaysTaken = null;
        DecisionReason = null;
        Benefit = null;
        PausedWorkingDays = 0;
        ExtendedWorkingDays = 0;
        OpenCaseKey = CaseKey();
        if (appeal.AppealedStatus == ApplicationStatus.NotAccepted)
        {
            AcceptedAt = nowUtc;
            EnterStage(procedure.After(StageKey, true) ?? procedure.Stages[^1], nowUtc, calendar);
        }
        else
        {
            EnterStage(procedure.Stages.FirstOrDefault(s => s.Key == StageKey) ?? procedure.Stages[^1], nowUtc, calendar);
        }

        MoveTo(ApplicationStatus.Accepted, ApplicationAction.AppealOverturned, actor, nowUtc, why);
    }

    /// <summary>
    /// 撤回复核申请: the applicant withdraws the request for review before it is decided. The decision stands as
    /// it was and is not reviewed; like a withdrawn 行政复议 (行政复议法 第七十四条), the same decision cannot be
    /// appealed again.
    /// </summary>
    public void WithdrawAppeal(Actor actor, DateTime nowUtc, string? reason)
    {
        EnsureAllowed(ApplicationAction.AppealWithdrawn);
        var appeal = OpenAppeal ?? throw new InvalidStatusTransitionException(Status, ApplicationAction.AppealWithdrawn);
        EnsureApplicant(actor, "只有申请人本人可以撤回复核申请。", "Only the applicant can withdraw the request for review.");

        appeal.Withdraw(nowUtc);
        Holder = null;
        CloseSupervisionNotes(nowUtc);
        MoveTo(appeal.AppealedStatus, ApplicationAction.AppealWithdrawn, actor, nowUtc, string.IsNullOrWhiteSpace(reason) ? null : Guard.Text(reason, ReasonMaxLength, "The reason"));
        Tell(Applications.ResidentNews.AppealWithdrawn, nowUtc);
    }

    /// <summary>A request for review is the applicant's own to make or withdraw (409 <c>appeal-by-applicant</c>).</summary>
    private void EnsureApplicant(Actor actor, string zh, string en)
    {
        if (actor.Role != Role.Resident || actor.Id is null || actor.Id != ResidentId)
        {
            throw new DomainException("appeal-by-applicant", Text.Pick(zh, en));
        }
    }

    /// <summary>The officer who took the decision under review may neither review it nor hold it.</summary>
    private void EnsureNotRecused(Actor actor)
    {
        if (Status == ApplicationStatus.UnderAppeal && OpenAppeal is { RecusedStaffId: { } recused } && actor.Id == recused)
        {
            throw new DomainException(
                "appeal-recused",
                Text.Pick("原决定是您作出的，复核须由本部门其他工作人员办理。", "You took the decision under review: another officer of the office must review it."));
        }
    }

    /// <summary>
    /// Whether an action in <paramref name="status"/> reads the case's appeals (asking for a review, deciding or
    /// withdrawing one, the recusal rule): the statuses whose lifecycle allows an appeal action.
    /// </summary>
    public static bool ActsOnAppeals(ApplicationStatus status) =>
        ApplicationLifecycle.Of(status).Allows.Any(a => a is ApplicationAction.Appealed or ApplicationAction.AppealUpheld or ApplicationAction.AppealOverturned or ApplicationAction.AppealWithdrawn);

    /// <summary>Whether <paramref name="staffId"/> took the decision now under review (and so may not handle the review).</summary>
    public bool IsRecused(Guid? staffId) => Status == ApplicationStatus.UnderAppeal && staffId is not null && OpenAppeal?.RecusedStaffId == staffId;

    /// <summary>The last day the current refusal or non-acceptance can be appealed, or null when it cannot be (other status, already reviewed).</summary>
    public DateOnly? AppealBy(AppealRules rules, WorkingCalendar calendar) =>
        _history.LastOrDefault(h => h.Action is ApplicationAction.Rejected or ApplicationAction.NotAccepted) is { } decision
            ? AppealByOf(Status, decision.At, _appeals.Any(a => a.DecisionStep == decision.Sequence), rules, calendar)
            : null;

    /// <summary><see cref="AppealBy"/> from projected columns: the status, when the last refusal was issued, and whether it was appealed already.</summary>
    public static DateOnly? AppealByOf(ApplicationStatus status, DateTime decidedAt, bool appealed, AppealRules rules, WorkingCalendar calendar) =>
        status is ApplicationStatus.Rejected or ApplicationStatus.NotAccepted && !appealed ? rules.LastDay(ChinaTime.DateOf(decidedAt), calendar) : null;

    /// <summary>入户调查: the visit's record, by at least the stage's minimum of officials, on a day since the case was accepted.</summary>
    public HomeVisit RecordHomeVisit(Actor actor, DateTime nowUtc, ProcedureChain procedure, HomeVisitReport report, string? meansCheck)
    {
        EnsureAllowed(ApplicationAction.HomeVisitRecorded);
        var stage = procedure[StageKey];
        var visitors = report.Visitors.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().Count();
        if (visitors < Math.Max(1, stage.MinVisitors))
        {
            throw new DomainException("visitors-required", Text.Pick($"入户调查应由至少 {stage.MinVisitors} 名工作人员进行，请填写每个人的姓名。", $"A home visit takes at least {stage.MinVisitors} officials: name each."));
        }

        if (report.VisitedOn > ChinaTime.DateOf(nowUtc) || report.VisitedOn < ChinaTime.DateOf(AcceptedAt ?? SubmittedAt))
        {
            throw new DomainException("visit-date", Text.Pick("入户日期应在受理之后、今天或以前。", "The visit's date lies between the acceptance and today."));
        }

        if (report.HouseholdSize is < 1 or > 50 || report.MembersUnableToWork < 0 || report.MembersUnableToWork > report.HouseholdSize || report.MonthlyIncomeYuan is < 0 or > 10_000_000)
        {
            throw new DomainException("visit-household", Text.Pick("家庭人口、无劳动能力人数或月收入不合理，请核对。", "The household size, members unable to work or monthly income do not add up."));
        }

        var visit = new HomeVisit(Id, StageSequence, report, actor.Id, nowUtc, stage.MeansCheck ? meansCheck : null);
        _homeVisits.Add(visit);
        VisitedInStage = StageSequence;
        Record(ApplicationAction.HomeVisitRecorded, Status, actor, nowUtc, $"{report.VisitedOn:yyyy-MM-dd} 入户：{visit.Visitors}");
        return visit;
    }

    /// <summary>An objection to the notice in progress, from anyone; the township has <see cref="ProcedureStage.ObjectionWorkingDays"/> to look into it. The history keeps no word of it (the objection row does).</summary>
    public NoticeObjection RaiseObjection(PublicNotice notice, string text, string? contact, DateTime nowUtc, WorkingCalendar calendar, ProcedureChain procedure)
    {
        EnsureAllowed(ApplicationAction.ObjectionRaised);
        var today = ChinaTime.DateOf(nowUtc);
        if (notice.ApplicationId != Id || notice.StageSequence != StageSequence || NoticeEndsOn is not { } ends || today > ends)
        {
            throw new DomainException("notice-ended", Text.Pick("这条公示已经结束，不能再提出异议。", "This notice has ended; objections are closed."));
        }

        var days = Math.Max(1, procedure[StageKey].ObjectionWorkingDays);
        var objection = new NoticeObjection(notice, text, contact, nowUtc, calendar.AddWorkingDays(today, days));
        OpenObjections++;
        ResidentNews = Applications.ResidentNews.Objection;
        Record(ApplicationAction.ObjectionRaised, Status, Actor.System, nowUtc, $"公示异议，{days} 个工作日内核实");
        Raise(new Events.ObjectionRaisedDomainEvent(Id, objection.Id, Catalog.DepartmentCode.Parse(DepartmentCode), Regions.RegionCode.Parse(StageOfficeRegionCode), objection.DueDate, nowUtc));
        return objection;
    }

    /// <summary>The township looked into an objection: upheld sends the case back to investigation; otherwise the notice runs on.</summary>
    public void ResolveObjection(NoticeObjection objection, bool upheld, string resolution, Actor actor, DateTime nowUtc, WorkingCalendar calendar, ProcedureChain procedure)
    {
        EnsureAllowed(ApplicationAction.ObjectionResolved);
        if (objection.ApplicationId != Id)
        {
            throw new DomainException("objection-other-case", "The objection belongs to another application.");
        }

        objection.Resolve(upheld, resolution, actor.Id, nowUtc);
        OpenObjections = Math.Max(0, OpenObjections - 1);
        Record(ApplicationAction.ObjectionResolved, Status, actor, nowUtc, (upheld ? "异议成立：" : "异议不成立：") + objection.Resolution);
        if (upheld)
        {
            SendBack(actor, nowUtc, calendar, procedure, "公示异议经核实成立，重新调查");
        }
    }

    public void NotAccept(Actor actor, DateTime nowUtc, WorkingCalendar calendar, string reason)
    {
        EnsureAllowed(ApplicationAction.NotAccepted);
        Complete(ApplicationStatus.NotAccepted, ApplicationAction.NotAccepted, actor, nowUtc, calendar, reason, null);
    }

    /// <summary>
    /// 补正: asks the resident for more, with the reason and, item by item, the documents of the item
    /// that are missing; the clock pauses until the answer.
    /// </summary>
    public void RequestInformation(Actor actor, DateTime nowUtc, string reason, IReadOnlyCollection<RequiredDocument>? missingDocuments = null)
    {
        EnsureAllowed(ApplicationAction.InfoRequested);
        var keys = (missingDocuments ?? []).Select(d => d.Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Any(k => k.Contains(',', StringComparison.Ordinal)) || keys.Sum(k => k.Length + 1) > RequestedDocumentsMaxLength)
        {
            throw new DomainException("invalid-documents", Text.Pick("要求补正的材料清单无效。", "The list of missing documents is not valid."));
        }

        RequestedDocuments = keys.Count == 0 ? null : string.Join(',', keys);
        PausedOn = ChinaTime.DateOf(nowUtc);
        MoveTo(ApplicationStatus.InfoRequested, ApplicationAction.InfoRequested, actor, nowUtc, Guard.Text(reason, ReasonMaxLength, "The reason"));
    }

    /// <summary>The resident answers an information request; the due date moves by the working days paused.</summary>
    public void Supplement(Actor actor, DateTime nowUtc, WorkingCalendar calendar, string text)
    {
        EnsureAllowed(ApplicationAction.Supplemented);
        var paused = Math.Max(0, calendar.WorkingDaysBetween(PausedOn!.Value, ChinaTime.DateOf(nowUtc)));
        PausedWorkingDays += paused;
        StagePausedWorkingDays += paused;
        DueDate = calendar.AddWorkingDays(DueDate, paused);
        StageDueDate = calendar.AddWorkingDays(StageDueDate, paused);
        PausedOn = null;
        MoveTo(ApplicationStatus.Accepted, ApplicationAction.Supplemented, actor, nowUtc, Guard.Text(text, ReasonMaxLength, "The supplement"));

        // Recorded by a caseworker (papers brought to the office), it is no news to the department.
        if (actor.Role == Role.Resident)
        {
            Tell(Applications.ResidentNews.Supplemented, nowUtc);
        }
    }

    public void Approve(Actor actor, DateTime nowUtc, WorkingCalendar calendar, string reason, string? benefit)
    {
        EnsureAllowed(ApplicationAction.Approved);
        var grantedBenefit = string.IsNullOrWhiteSpace(benefit) ? null : Guard.Text(benefit, BenefitMaxLength, "The benefit");
        Complete(ApplicationStatus.Approved, ApplicationAction.Approved, actor, nowUtc, calendar, reason, grantedBenefit);
    }

    /// <summary>Rejects after examination; also allowed while waiting for information that never came.</summary>
    public void Reject(Actor actor, DateTime nowUtc, WorkingCalendar calendar, string reason)
    {
        EnsureAllowed(ApplicationAction.Rejected);
        Complete(ApplicationStatus.Rejected, ApplicationAction.Rejected, actor, nowUtc, calendar, reason, null);
    }

    /// <summary>
    /// 转办: sends a misrouted application to the department responsible. It arrives there as a new
    /// submission with its own intake limit; the history keeps where it came from.
    /// </summary>
    public void Transfer(Actor actor, DateTime nowUtc, WorkingCalendar calendar, ServiceItem targetItem, string reason, int intakeTimeLimitWorkingDays)
    {
        EnsureAllowed(ApplicationAction.Transferred);
        if (targetItem.DepartmentCode == DepartmentCode)
        {
            throw new DomainException("same-department", Text.Pick("不能转办给本部门。", "An application cannot be transferred to the department that holds it."));
        }

        var note = $"{DepartmentCode} → {targetItem.DepartmentCode}: {Guard.Text(reason, ReasonMaxLength - 40, "The reason")}";
        EndStage(StageOutcome.Closed, nowUtc, calendar);
        ItemCode = targetItem.Code;
        DepartmentCode = targetItem.DepartmentCode;
        AcceptedAt = null;
        ExtendedWorkingDays = 0;
        PendingExtension = null;

        // The other department's shared queue: a holder from this one could neither work it nor let it go.
        Holder = null;
        DueDate = calendar.AddWorkingDays(ChinaTime.DateOf(nowUtc), intakeTimeLimitWorkingDays);
        OpenCaseKey = CaseKey();
        RecommendedApproval = null;
        ProposedBenefit = null;
        NoticeEndsOn = null;
        Staged = targetItem.Procedure.IsStaged;
        EnterStage(targetItem.Procedure.First, nowUtc, calendar, DueDate);
        MoveTo(ApplicationStatus.Submitted, ApplicationAction.Transferred, actor, nowUtc, note);
    }

    /// <summary>
    /// A caseworker takes an open application from the shared queue. Claiming one's own claim again
    /// changes nothing; one held by someone else is refused, so one application never has two holders.
    /// The new version makes a concurrent second claim fail on the concurrency token.
    /// </summary>
    public void Claim(Actor actor, DateTime nowUtc)
    {
        EnsureAllowed(ApplicationAction.Claimed);
        var staffId = CaseworkerId(actor);
        EnsureNotRecused(actor);

        if (Holder?.StaffId == staffId)
        {
            return;
        }

        if (Holder is not null)
        {
            throw new DomainException("claimed-by-another", Text.Pick("这份申请已由其他经办人认领。", "Another caseworker has already claimed this application."));
        }

        Holder = new CaseClaim(staffId, nowUtc);
        Record(ApplicationAction.Claimed, Status, actor, nowUtc, null);
    }

    /// <summary>
    /// 分派: a caseworker gives an application nobody holds, or one they hold, to a colleague of the
    /// department (or to themselves). One held by someone else is refused, as a claim is; the handler
    /// checks that the colleague works in the department and county.
    /// </summary>
    public void Assign(Actor actor, DateTime nowUtc, Guid staffId, string? assignee = null)
    {
        EnsureAllowed(ApplicationAction.Assigned);
        var actorId = CaseworkerId(actor);
        if (Holder?.StaffId == staffId)
        {
            return;
        }

        if (Holder is not null && Holder.StaffId != actorId)
        {
            throw new DomainException("claimed-by-another", Text.Pick("这份申请已由其他经办人认领。", "Another caseworker has already claimed this application."));
        }

        EnsureNotRecused(new Actor(Role.Caseworker, staffId));
        Holder = new CaseClaim(staffId, nowUtc);

        // The history (and so the audit trail) says to whom: the holder field alone is overwritten by the next step.
        Record(ApplicationAction.Assigned, Status, actor, nowUtc, Guard.Text(assignee ?? staffId.ToString(), ReasonMaxLength, "The assignee"));
    }

    /// <summary>The holder puts the application back in the shared queue; releasing one nobody holds changes nothing.</summary>
    public void Release(Actor actor, DateTime nowUtc)
    {
        EnsureAllowed(ApplicationAction.Released);
        var actorId = CaseworkerId(actor);
        if (Holder is null)
        {
            return;
        }

        if (Holder.StaffId != actorId)
        {
            throw new DomainException("claimed-by-another", Text.Pick("这份申请已由其他经办人认领。", "Another caseworker has already claimed this application."));
        }

        Holder = null;
        Record(ApplicationAction.Released, Status, actor, nowUtc, null);
    }

    /// <summary>
    /// The holder's account was disabled or moved to another queue: the case goes back to the department's
    /// shared queue, recorded as released by whoever made that change.
    /// </summary>
    public void ReturnToQueue(Actor actor, DateTime nowUtc, string formerHolder)
    {
        if (Holder is null || !Status.IsOpen())
        {
            return;
        }

        Holder = null;
        Record(ApplicationAction.Released, Status, actor, nowUtc, Guard.Text(formerHolder, ReasonMaxLength, "The former holder"));
    }

    public void Withdraw(Actor actor, DateTime nowUtc, string? reason)
    {
        EnsureAllowed(ApplicationAction.Withdrawn);
        EndStage(StageOutcome.Closed, nowUtc, null);
        CompletedAt = nowUtc;
        PausedOn = null;
        OpenCaseKey = null;
        PendingExtension = null;
        CloseSupervisionNotes(nowUtc);
        MoveTo(ApplicationStatus.Withdrawn, ApplicationAction.Withdrawn, actor, nowUtc, string.IsNullOrWhiteSpace(reason) ? null : Guard.Text(reason, ReasonMaxLength, "The reason"));
        Tell(Applications.ResidentNews.Withdrawn, nowUtc);
    }

    /// <summary>The resident rated the outcome poorly (差评): the department hears of it before the follow-up is chased.</summary>
    public void RatedPoorly(ApplicationRating rating, DateTime nowUtc)
    {
        if (rating.ApplicationId != Id || !rating.IsPoor)
        {
            throw new DomainException("not-poor", "Only a poor rating of this application is news to the department.");
        }

        Tell(Applications.ResidentNews.PoorRating, nowUtc);
    }

    /// <summary>
    /// A caseworker opened the case: the mark goes. Not a step of the case, so the version stays and a
    /// screen loaded just before can still act.
    /// </summary>
    public void MarkSeen() => ResidentNews = null;

    /// <summary>
    /// 延期: the caseworker asks for <paramref name="workingDays"/> more working days. One request at a
    /// time, while the decision clock runs, within the item's cap on extensions.
    /// </summary>
    public void RequestExtension(Actor actor, DateTime nowUtc, int workingDays, string reason, int maxExtensionWorkingDays)
    {
        EnsureAllowed(ApplicationAction.ExtensionRequested);
        if (PendingExtension is not null)
        {
            throw new DomainException("extension-pending", Text.Pick("已有一个延期申请在等待审批。", "An extension request is already waiting for a decision."));
        }

        if (workingDays < 1 || ExtendedWorkingDays + workingDays > maxExtensionWorkingDays)
        {
            throw new DomainException(
                "extension-cap",
                maxExtensionWorkingDays == 0
                    ? Text.Pick("此事项不能延期。", "This service item allows no extension.")
                    : Text.Pick(
                        $"此事项最多延期 {maxExtensionWorkingDays} 个工作日，已延期 {ExtendedWorkingDays} 个工作日。",
                        $"This item allows at most {maxExtensionWorkingDays} working days of extension; {ExtendedWorkingDays} are used."));
        }

        var why = Guard.Text(reason, ReasonMaxLength - 40, "The reason");
        PendingExtension = new PendingExtension(workingDays, why, nowUtc);
        Record(ApplicationAction.ExtensionRequested, Status, actor, nowUtc, $"{workingDays} 个工作日：{why}");
    }

    /// <summary>A supervisor approves the pending extension: the due date moves by its working days.</summary>
    public void ApproveExtension(Actor actor, DateTime nowUtc, WorkingCalendar calendar, string? note)
    {
        EnsureAllowed(ApplicationAction.ExtensionApproved);
        var days = PendingExtension?.WorkingDays ?? throw new DomainException("no-extension", Text.Pick("没有待审批的延期申请。", "There is no extension request to decide."));
        DueDate = calendar.AddWorkingDays(DueDate, days);
        StageDueDate = calendar.AddWorkingDays(StageDueDate, days);
        ExtendedWorkingDays += days;
        PendingExtension = null;
        var text = $"延长 {days} 个工作日至 {DueDate:yyyy-MM-dd}" + (string.IsNullOrWhiteSpace(note) ? "" : $"：{Guard.Text(note, ReasonMaxLength - 60, "The note")}");
        Record(ApplicationAction.ExtensionApproved, Status, actor, nowUtc, text);
        Raise(new ApplicationExtendedDomainEvent(Id, days, DueDate, nowUtc));
    }

    public void RefuseExtension(Actor actor, DateTime nowUtc, string reason)
    {
        EnsureAllowed(ApplicationAction.ExtensionRefused);
        if (PendingExtension is null)
        {
            throw new DomainException("no-extension", Text.Pick("没有待审批的延期申请。", "There is no extension request to decide."));
        }

        PendingExtension = null;
        Record(ApplicationAction.ExtensionRefused, Status, actor, nowUtc, Guard.Text(reason, ReasonMaxLength, "The reason"));
    }

    /// <summary>
    /// 督办: a supervisor of the region instructs the department to act on this open application by
    /// <paramref name="deadline"/>, a working day after today. The department's caseworkers hear of it
    /// (<see cref="ApplicationSupervisedDomainEvent"/>); the resident does not.
    /// </summary>
    public SupervisionNote Supervise(Actor actor, string supervisorUsername, Regions.RegionCode supervisorRegionCode, DateTime nowUtc, WorkingCalendar calendar, string note, DateOnly deadline)
    {
        EnsureAllowed(ApplicationAction.Supervised);
        if (deadline <= ChinaTime.DateOf(nowUtc) || !calendar.IsWorkingDay(deadline))
        {
            throw new DomainException("supervision-deadline", Text.Pick("督办期限应为今天以后的工作日。", "The deadline must be a working day after today."));
        }

        var text = Guard.Text(note, SupervisionNote.NoteMaxLength, "The note");
        var supervision = new SupervisionNote(Id, actor.Id ?? throw new DomainException("supervisor-required", "A supervisor is required."),
            supervisorUsername, supervisorRegionCode, text, deadline, nowUtc);
        _supervisionNotes.Add(supervision);
        Record(ApplicationAction.Supervised, Status, actor, nowUtc, $"限 {deadline:yyyy-MM-dd} 前办理：{text}");
        Raise(new ApplicationSupervisedDomainEvent(Id, supervision.Id, Catalog.DepartmentCode.Parse(DepartmentCode), Regions.RegionCode.Parse(CountyCode), deadline, nowUtc));
        return supervision;
    }

    /// <summary>
    /// Moves the due date after the holiday calendar changed, keeping the working days that were left:
    /// counted from <paramref name="today"/> on the old calendar, counted again on the new one. Only the
    /// part of the timeline from today on changes. Returns whether the date moved.
    /// </summary>
    public bool RescheduleForCalendar(Actor actor, DateTime nowUtc, DateOnly today, WorkingCalendar oldCalendar, WorkingCalendar newCalendar)
    {
        if (!Status.IsOpen() || DueDate < today)
        {
            return false;
        }

        var left = oldCalendar.WorkingDaysBetween(today, DueDate);
        var moved = newCalendar.AddWorkingDays(today, left);
        if (moved == DueDate)
        {
            return false;
        }

        var note = $"{DueDate:yyyy-MM-dd} → {moved:yyyy-MM-dd}";
        DueDate = moved;
        if (StageDueDate >= today)
        {
            StageDueDate = newCalendar.AddWorkingDays(today, oldCalendar.WorkingDaysBetween(today, StageDueDate));
        }

        Record(ApplicationAction.DueDateChanged, Status, actor, nowUtc, note);
        return true;
    }

    /// <summary>
    /// What <paramref name="actor"/> could do to the application now, in the order of <see cref="ApplicationAction"/>:
    /// what its status allows (<see cref="ApplicationLifecycle"/>), less what its state refuses. Which of these
    /// the actor's role may send is the caller's to filter.
    /// </summary>
    public IReadOnlyList<ApplicationAction> AllowedActionsFor(Actor actor) =>
        IsRecused(actor.Id)
            ? []
            : AllowedActions(Status, StageKind, Staged, Holder?.StaffId, PendingExtension is not null, DuplicateOfId is not null, actor, UrgentAid?.HelpPending == true);

    /// <summary><see cref="AllowedActionsFor"/> from the columns a query projected, without loading the aggregate.</summary>
    public static IReadOnlyList<ApplicationAction> AllowedActions(
        ApplicationStatus status, StageKind stage, bool staged, Guid? holder, bool extensionPending, bool possibleDuplicate, Actor actor, bool urgentHelpPending = false)
    {
        var caseworker = actor.Role == Role.Caseworker && actor.Id is not null;

        // The state rules of the methods above, as offers: claiming one's own claim or releasing an unheld
        // case changes nothing, so neither is offered although neither is refused.
        bool Permits(ApplicationAction action) => action switch
        {
            ApplicationAction.ExtensionRequested => !extensionPending,
            ApplicationAction.ExtensionApproved or ApplicationAction.ExtensionRefused => extensionPending,
            ApplicationAction.Claimed => caseworker && holder is null,
            ApplicationAction.Assigned => caseworker && (holder is null || holder == actor.Id),
            ApplicationAction.Released => caseworker && holder is not null && holder == actor.Id,
            ApplicationAction.Merged => possibleDuplicate,
            ApplicationAction.UrgentHelpRecorded => urgentHelpPending,

            // The public objects on the public page, not from a caseworker's screen.
            ApplicationAction.ObjectionRaised => false,
            _ => true,
        };

        return [.. ApplicationLifecycle.Allows(status, stage, staged).Where(Permits).Order()];
    }

    /// <summary>
    /// How the deadline stands on <paramref name="today"/> (China date): overdue after the due date,
    /// due soon within <paramref name="dueSoonWorkingDays"/> working days of it.
    /// </summary>
    public SlaState SlaOn(DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays = DefaultDueSoonWorkingDays) =>
        SlaOf(DueDate, today, calendar, dueSoonWorkingDays);

    public static SlaState SlaOf(DateOnly dueDate, DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays = DefaultDueSoonWorkingDays)
    {
        if (today > dueDate)
        {
            return SlaState.Overdue;
        }

        return calendar.WorkingDaysBetween(today, dueDate) <= dueSoonWorkingDays ? SlaState.DueSoon : SlaState.OnTrack;
    }

    private void Complete(ApplicationStatus to, ApplicationAction action, Actor actor, DateTime nowUtc, WorkingCalendar calendar, string reason, string? benefit)
    {
        EndStage(StageOutcome.Completed, nowUtc, calendar);
        PendingExtension = null;
        DecisionReason = Guard.Text(reason, ReasonMaxLength, "The reason");
        Benefit = benefit;
        CompletedAt = nowUtc;
        var today = ChinaTime.DateOf(nowUtc);

        // A case rejected while waiting for the resident: the wait so far counts neither against the
        // due date nor in the working days taken.
        var pausedNow = PausedOn is { } paused ? Math.Max(0, calendar.WorkingDaysBetween(paused, today)) : 0;
        CompletedOnTime = today <= calendar.AddWorkingDays(DueDate, pausedNow);
        WorkingDaysTaken = Math.Max(0, calendar.WorkingDaysBetween(ChinaTime.DateOf(SubmittedAt), today) - PausedWorkingDays - pausedNow);
        PausedOn = null;
        OpenCaseKey = null;
        CloseSupervisionNotes(nowUtc);
        MoveTo(to, action, actor, nowUtc, DecisionReason);
    }

    private void Tell(ResidentNews news, DateTime nowUtc)
    {
        ResidentNews = news;
        Raise(new ResidentActedDomainEvent(Id, news, Catalog.DepartmentCode.Parse(DepartmentCode), Regions.RegionCode.Parse(StageOfficeRegionCode), Holder?.StaffId, nowUtc));
    }

    private void CloseSupervisionNotes(DateTime nowUtc) => _supervisionNotes.ForEach(n => n.Close(nowUtc));

    private static Guid CaseworkerId(Actor actor) =>
        actor.Role == Role.Caseworker && actor.Id is { } id
            ? id
            : throw new DomainException("claim-by-caseworker", Text.Pick("只有经办人可以认领或分派申请。", "Only a caseworker can claim or assign an application."));

    private void EnsureAllowed(ApplicationAction action)
    {
        if (!ApplicationLifecycle.Allows(Status, StageKind, Staged).Contains(action))
        {
            throw new InvalidStatusTransitionException(Status, action);
        }
    }

    /// <summary>Starts <paramref name="stage"/>: its office from the resident's address, its due date from its share (or <paramref name="dueDate"/>).</summary>
    private void EnterStage(ProcedureStage stage, DateTime nowUtc, WorkingCalendar calendar, DateOnly? dueDate = null)
    {
        StageSequence++;
        StageKey = stage.Key;
        StageKind = stage.Kind;
        StageOffice = stage.Office;
        StageOfficeRegionCode = stage.Office == OfficeLevel.Township && RegionCode.Length > Regions.RegionCode.CountyLength
            ? RegionCode[..Regions.RegionCode.TownshipLength]
            : CountyCode;
        StageStartedAt = nowUtc;
        StagePausedWorkingDays = 0;
        var today = ChinaTime.DateOf(nowUtc);
        StageDueDate = dueDate ?? (stage.CalendarDays is { } days ? today.AddDays(days) : calendar.AddWorkingDays(today, stage.WorkingDays ?? 0));
    }

    /// <summary>Writes the stage in progress as ended; <paramref name="calendar"/> is null where the days taken do not matter (a closed case's last stage).</summary>
    private void EndStage(StageOutcome outcome, DateTime nowUtc, WorkingCalendar? calendar)
    {
        var today = ChinaTime.DateOf(nowUtc);
        var pausedNow = PausedOn is { } paused && calendar is not null ? Math.Max(0, calendar.WorkingDaysBetween(paused, today)) : 0;
        var taken = calendar is null ? 0 : Math.Max(0, calendar.WorkingDaysBetween(ChinaTime.DateOf(StageStartedAt), today) - StagePausedWorkingDays - pausedNow);
        var onTime = calendar is null ? today <= StageDueDate : today <= calendar.AddWorkingDays(StageDueDate, pausedNow);
        _stageRecords.Add(new StageRecord(this, outcome, nowUtc, onTime, taken));
    }

    private void MoveTo(ApplicationStatus to, ApplicationAction action, Actor actor, DateTime nowUtc, string? reason)
    {
        var from = Status;
        Status = to;
        Record(action, from, actor, nowUtc, reason);
        Raise(new ApplicationStatusChangedDomainEvent(Id, action, from, to, nowUtc));
    }

    private void Record(ApplicationAction action, ApplicationStatus? from, Actor actor, DateTime nowUtc, string? reason)
    {
        _history.Add(new ApplicationHistoryEntry(Id, _history.Count + 1, action, nowUtc, actor, from, Status, reason));
        Version = Guid.NewGuid();
    }

    /// <summary>The item, the blind index of the ID number and the owning account: unique among open applications, so one account cannot file twice for one person and item.</summary>
    private string CaseKey() => OpenCaseKeyOf(ItemCode, ApplicantIdIndex, ResidentId);

    /// <summary><see cref="OpenCaseKey"/> of an open case of <paramref name="itemCode"/> for the ID number's index, owned by the account or the staff.</summary>
    public static string OpenCaseKeyOf(string itemCode, string? idIndex, Guid? residentId) =>
        $"{itemCode}|{idIndex}|{(residentId is { } owner ? owner.ToString("N") : "staff")}";

    /// <summary>Gives a row from before blind indexes its index (and its open-case key).</summary>
    public void IndexApplicant(string idIndex)
    {
        ApplicantIdIndex = idIndex;
        if (OpenCaseKey is not null)
        {
            OpenCaseKey = CaseKey();
        }
    }

    /// <summary>先行救助 (ADR 0039): the urgent track's two clocks; null for an ordinary case.</summary>
    public UrgentAid? UrgentAid { get; private set; }

    /// <summary>The resident said at filing that the case is urgent: the help clock runs from filing.</summary>
    public void MarkUrgent(UrgentTrackRules rules, DateTime nowUtc) =>
        UrgentAid ??= UrgentAid.Mark(SubmittedAt, nowUtc, UrgentMarkSource.Resident, rules);

    /// <summary>
    /// 先行救助: a caseworker records the help given first, cash and/or goods, before the paperwork; the
    /// paperwork clock starts. On a case the form did not mark, giving help first marks it, with the help
    /// clock still counted from filing. The status and the ordinary due date stay.
    /// </summary>
    public void RecordUrgentHelp(
        Actor actor, DateTime nowUtc, WorkingCalendar calendar, UrgentTrackRules? rules, UrgentHelpKind kind, decimal? amount, string? goods, string reason)
    {
        EnsureAllowed(ApplicationAction.UrgentHelpRecorded);
        if (rules is null)
        {
            throw new DomainException("no-urgent-track", Text.Pick("此事项没有先行救助。", "This service item has no urgent track."));
        }

        var why = Guard.Text(reason, ReasonMaxLength - GoodsAndCashTextLength, "The reason");
        var aid = (UrgentAid ?? UrgentAid.Mark(SubmittedAt, nowUtc, UrgentMarkSource.Caseworker, rules)).WithHelp(nowUtc, calendar, rules, kind, amount, goods);
        UrgentAid = aid;
        var given = string.Join("；", new[] { aid.HelpAmount is { } cash ? $"现金 {cash:0.##} 元" : null, aid.HelpKind == UrgentHelpKind.Cash ? null : goods!.Trim() }.OfType<string>());
        Record(ApplicationAction.UrgentHelpRecorded, Status, actor, nowUtc, $"先行救助：{given}。{why}");
    }

    private const int GoodsAndCashTextLength = UrgentAid.GoodsMaxLength + 40;
}
