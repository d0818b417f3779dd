using System.Collections.Frozen;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Deadlines;
using static ReliefPlatform.Domain.Applications.ApplicationAction;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// The lifecycle as data: for each status, the actions it allows, whether the clock runs and which
/// deadline it runs against. <see cref="ReliefApplication"/> refuses every action through this table, and
/// the deadline sweep, the queue and the detail's allowed actions read it, so no other layer keeps its
/// own list of statuses. Rules that depend on more than the status (one holder, one pending extension)
/// stay on the aggregate; who may send an action is the caller's role.
/// </summary>
public static class ApplicationLifecycle
{
    private static readonly FrozenDictionary<ApplicationStatus, StatusRules> Table = new StatusRules[]
    {
        new(ApplicationStatus.Submitted, ClockState.Running, DeadlinePhase.Intake,
            [Accepted, NotAccepted, Transferred, Withdrawn, Claimed, Assigned, Released, Supervised, Merged, UrgentHelpRecorded]),
        new(ApplicationStatus.Accepted, ClockState.Running, DeadlinePhase.Decision,
            [InfoRequested, Approved, Rejected, Transferred, Withdrawn, ExtensionRequested, ExtensionApproved, ExtensionRefused, Claimed, Assigned, Released, Supervised, Merged,
                StageCompleted, SentBack, HomeVisitRecorded, ObjectionRaised, ObjectionResolved, UrgentHelpRecorded]),
        new(ApplicationStatus.InfoRequested, ClockState.Paused, null,
            [Supplemented, Rejected, Withdrawn, ExtensionRequested, ExtensionApproved, ExtensionRefused, Claimed, Assigned, Released, Supervised, Merged, UrgentHelpRecorded]),
        new(ApplicationStatus.Approved, ClockState.Stopped, null, []),
        new(ApplicationStatus.Rejected, ClockState.Stopped, null, [Appealed]),
        new(ApplicationStatus.NotAccepted, ClockState.Stopped, null, [Appealed]),
        new(ApplicationStatus.Withdrawn, ClockState.Stopped, null, []),
        new(ApplicationStatus.Merged, ClockState.Stopped, null, []),

        // 复核 (ADR 0042): the refusal stands while it is reviewed, but the case is the office's work again.
        new(ApplicationStatus.UnderAppeal, ClockState.Running, DeadlinePhase.Appeal,
            [AppealUpheld, AppealOverturned, AppealWithdrawn, Claimed, Assigned, Released, Supervised]),
    }.ToFrozenDictionary(r => r.Status);

    /// <summary>
    /// The actions that belong to a stage of the procedure: the status allows them only in the stages that
    /// list them (a township investigating cannot approve; only the decision stage decides). Every other
    /// action (claims, extensions, supervision, withdrawal) goes with the status in any stage.
    /// </summary>
    private static readonly FrozenDictionary<StageKind, FrozenSet<ApplicationAction>> StageActions = new Dictionary<StageKind, ApplicationAction[]>
    {
        [StageKind.Acceptance] = [Accepted, NotAccepted, Transferred],
        [StageKind.Investigation] = [InfoRequested, HomeVisitRecorded, StageCompleted, Transferred],
        [StageKind.Review] = [StageCompleted, SentBack],
        [StageKind.PublicNotice] = [ObjectionRaised, ObjectionResolved, StageCompleted, SentBack],
        [StageKind.Decision] = [InfoRequested, Approved, Rejected, SentBack, Transferred],
    }.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet());

    private static readonly FrozenSet<ApplicationAction> StageBound = StageActions.Values.SelectMany(a => a).ToFrozenSet();

    /// <summary>
    /// What an application in <paramref name="status"/> at a stage of <paramref name="stage"/> allows: the
    /// status's actions, the stage-bound ones only where the stage lists them, and sending back only in a
    /// <paramref name="staged"/> procedure (one with an investigation to go back to).
    /// </summary>
    public static IEnumerable<ApplicationAction> Allows(ApplicationStatus status, StageKind stage, bool staged) =>
        Of(status).Allows.Where(a => (!StageBound.Contains(a) || StageActions[stage].Contains(a)) && (a != SentBack || staged));

    /// <summary>The open statuses, for queries that filter on them.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Open = StatusesWhere(r => r.IsOpen);

    /// <summary>The statuses whose deadline is chased and shown: the clock runs.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> ClockRunning = StatusesWhere(r => r.Clock == ClockState.Running);

    /// <summary>The statuses waiting for the resident: open, the clock paused.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> ClockPaused = StatusesWhere(r => r.Clock == ClockState.Paused);

    public static StatusRules Of(ApplicationStatus status) => Table[status];

    /// <summary>The running statuses whose deadline is of <paramref name="phase"/>, or of any phase when null.</summary>
    public static IReadOnlyList<StatusRules> Chased(DeadlinePhase? phase) =>
        [.. Table.Values.Where(r => r.Phase is { } p && (phase is null || p == phase)).OrderBy(r => r.Status)];

    private static ApplicationStatus[] StatusesWhere(Func<StatusRules, bool> predicate) =>
        [.. Table.Values.Where(predicate).Select(r => r.Status).Order()];
}

/// <summary>One row of <see cref="ApplicationLifecycle"/>.</summary>
public sealed class StatusRules
{
    public StatusRules(ApplicationStatus status, ClockState clock, DeadlinePhase? phase, IEnumerable<ApplicationAction> allows)
    {
        // A deadline is chased exactly while the clock runs.
        if ((clock == ClockState.Running) != phase.HasValue)
        {
            throw new ArgumentException($"{status}: a running clock has a deadline phase, and only a running one.", nameof(phase));
        }

        Status = status;
        Clock = clock;
        Phase = phase;
        Allows = allows.ToFrozenSet();
    }

    public ApplicationStatus Status { get; }

    public ClockState Clock { get; }

    /// <summary>The deadline the due date is for while the clock runs: intake (to accept) or decision.</summary>
    public DeadlinePhase? Phase { get; }

    public IReadOnlySet<ApplicationAction> Allows { get; }

    /// <summary>Open until decided or withdrawn: the clock runs or is paused.</summary>
    public bool IsOpen => Clock != ClockState.Stopped;
}

public enum ClockState
{
    Running,

    /// <summary>待补正: waiting for the resident; the days do not count against the department.</summary>
    Paused,

    /// <summary>Closed: decided or withdrawn.</summary>
    Stopped,
}
