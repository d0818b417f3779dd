namespace ReliefPlatform.Domain.Applications;

public enum ApplicationAction
{
    Submitted,
    Accepted,
    NotAccepted,
    InfoRequested,
    Supplemented,
    Approved,
    Rejected,
    Transferred,
    Withdrawn,

    /// <summary>The due date moved because the holiday calendar changed.</summary>
    DueDateChanged,

    /// <summary>延期: a caseworker asked for more working days.</summary>
    ExtensionRequested,

    ExtensionApproved,
    ExtensionRefused,

    /// <summary>督办: a supervisor instructed the department to act by a deadline (not shown to residents).</summary>
    Supervised,

    /// <summary>A caseworker took the application from the department's shared queue (not shown to residents).</summary>
    Claimed,

    /// <summary>分派: a caseworker gave the application to a colleague of the department (not shown to residents).</summary>
    Assigned,

    /// <summary>The holder put the application back in the department's shared queue (not shown to residents).</summary>
    Released,

    /// <summary>并案: a caseworker merged a possible duplicate into the open case it is linked with.</summary>
    Merged,

    /// <summary>A stage of the procedure was done and the case passed to the next (推进), with the office's note or recommendation.</summary>
    StageCompleted,

    /// <summary>退回: sent back to investigation (an objection upheld, or the reviewing office found it incomplete).</summary>
    SentBack,

    /// <summary>入户调查: the township's officials recorded a home visit.</summary>
    HomeVisitRecorded,

    /// <summary>Someone objected to the public notice (公示异议); the township must look into it.</summary>
    ObjectionRaised,

    /// <summary>The township looked into an objection: upheld (sent back) or not, with its reasons.</summary>
    ObjectionResolved,

    /// <summary>先行救助: a caseworker recorded the help given first on an urgent case (ADR 0039).</summary>
    UrgentHelpRecorded,

    /// <summary>申请复核: the resident asked the deciding office to review a refusal or non-acceptance.</summary>
    Appealed,

    /// <summary>复核维持原决定: the review upheld the decision; the case is closed as it was.</summary>
    AppealUpheld,

    /// <summary>复核撤销原决定: the review overturned the decision; the case is open for a new decision.</summary>
    AppealOverturned,

    /// <summary>撤回复核申请: the resident withdrew the request for review before it was decided; the decision stands.</summary>
    AppealWithdrawn,
}
