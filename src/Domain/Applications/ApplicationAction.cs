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

    /// <summary>先行救助: a caseworker recorded the help given first on an urgent case (ADR 0039).</summary>
    UrgentHelpRecorded,
}
