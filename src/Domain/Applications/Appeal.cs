using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>How a review (复核) ended.</summary>
public enum AppealOutcome
{
    /// <summary>维持原决定.</summary>
    Upheld,

    /// <summary>撤销原决定: the case is open again for a new decision.</summary>
    Overturned,

    /// <summary>The resident withdrew the request before it was decided: the decision stands, and is not reviewed.</summary>
    Withdrawn,
}

/// <summary>
/// 复核: the resident's request that the office which refused (or did not accept) review its decision, in
/// their own words, and the review's outcome. Filed once per decision; decided by an officer of the same
/// office other than the one who took the decision (<see cref="RecusedStaffId"/>), within its own working
/// days. The source of the appeals report.
/// </summary>
public sealed class Appeal
{
    private Appeal()
    {
        Reason = ItemCode = DepartmentCode = CountyCode = OfficeRegionCode = string.Empty;
    }

    internal Appeal(ReliefApplication application, int sequence, int decisionStep, Guid? recusedStaffId, string reason, Guid? residentId, DateTime filedAt, DateOnly dueDate)
        : this()
    {
        Id = Guid.CreateVersion7();
        ApplicationId = application.Id;
        Sequence = sequence;
        AppealedStatus = application.Status;
        DecisionStep = decisionStep;
        RecusedStaffId = recusedStaffId;
        Reason = reason;
        ResidentId = residentId;
        FiledAt = filedAt;
        DueDate = dueDate;
        ItemCode = application.ItemCode;
        DepartmentCode = application.DepartmentCode;
        CountyCode = application.CountyCode;
        OfficeRegionCode = application.StageOfficeRegionCode;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>1 for the case's first appeal; a new decision after an overturn can be appealed again.</summary>
    public int Sequence { get; private set; }

    /// <summary>The decision appealed: Rejected or NotAccepted. An upheld appeal returns the case to it.</summary>
    public ApplicationStatus AppealedStatus { get; private set; }

    /// <summary>The history step of the decision appealed (and of its written decision).</summary>
    public int DecisionStep { get; private set; }

    /// <summary>The officer who took the decision: never the one who reviews it.</summary>
    public Guid? RecusedStaffId { get; private set; }

    /// <summary>The resident's words: why the decision is wrong (encrypted like other personal data).</summary>
    public string Reason { get; private set; }

    public Guid? ResidentId { get; private set; }

    public DateTime FiledAt { get; private set; }

    /// <summary>The review's last working day (China date).</summary>
    public DateOnly DueDate { get; private set; }

    public string ItemCode { get; private set; }

    public string DepartmentCode { get; private set; }

    public string CountyCode { get; private set; }

    /// <summary>The office that decided and reviews: the county (6 digits) or a township (9).</summary>
    public string OfficeRegionCode { get; private set; }

    public AppealOutcome? Outcome { get; private set; }

    /// <summary>The reviewer's reasons.</summary>
    public string? OutcomeReason { get; private set; }

    public Guid? ReviewedByStaffId { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Decided on or before <see cref="DueDate"/>; null while open.</summary>
    public bool? DecidedOnTime { get; private set; }

    public bool IsOpen => Outcome is null;

    /// <summary>Withdrawn by the resident: ended, but neither decided nor on time or late.</summary>
    internal void Withdraw(DateTime nowUtc)
    {
        Outcome = AppealOutcome.Withdrawn;
        DecidedAt = nowUtc;
    }

    internal void Decide(AppealOutcome outcome, string reason, Guid reviewer, DateTime nowUtc)
    {
        Outcome = outcome;
        OutcomeReason = reason;
        ReviewedByStaffId = reviewer;
        DecidedAt = nowUtc;
        DecidedOnTime = ChinaTime.DateOf(nowUtc) <= DueDate;
    }
}
