namespace ReliefPlatform.Domain.Applications;

public enum ApplicationStatus
{
    /// <summary>待受理: filed, waiting for the department to accept it (the intake clock runs).</summary>
    Submitted,

    /// <summary>已受理: accepted; the item's time limit runs.</summary>
    Accepted,

    /// <summary>待补正: the department waits for the resident; the clock is paused.</summary>
    InfoRequested,

    Approved,
    Rejected,

    /// <summary>不予受理.</summary>
    NotAccepted,

    Withdrawn,

    /// <summary>已并案: filed again for the same person and item from another account, and merged into the case filed first.</summary>
    Merged,

    /// <summary>复核中: the resident asked the office to review its refusal or non-acceptance; the decision stands meanwhile, the review's clock runs.</summary>
    UnderAppeal,
}

public static class ApplicationStatusExtensions
{
    /// <summary>办结: a decision was made (approved, rejected or not accepted).</summary>
    public static bool IsCompleted(this ApplicationStatus status) =>
        status is ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.NotAccepted;

    public static bool IsOpen(this ApplicationStatus status) => ApplicationLifecycle.Of(status).IsOpen;
}
