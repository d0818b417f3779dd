using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Deadlines.ChaseDeadlines;

/// <summary>
/// One deadline sweep (催办 → 督办 → escalation) over every open application, and every open help request (ADR 0044). Sent by the scheduled
/// job; safe to run again at any time, on any node: each effect happens once per application, stage and due date.
/// </summary>
public sealed record ChaseDeadlinesCommand : ICommand<ChaseDeadlinesResult>, ITransactionalCommand;

public sealed record ChaseDeadlinesResult(DateOnly Today, int Reminded, int Overdue, int Escalated, int Notifications)
{
    /// <summary>The urgent track's alerts this run raised (ADR 0039), each told about its one case.</summary>
    public int UrgentAlerts { get; init; }

    /// <summary>Staged cases whose own stage (ADR 0040) this run reminded of, due before the application.</summary>
    public int StageReminded { get; init; }

    /// <summary>Staged cases whose own stage this run found past its due date while the application is on time.</summary>
    public int StageOverdue { get; init; }

    /// <summary>Open help requests (ADR 0044) due today that this run reminded the county's caseworkers of.</summary>
    public int HelpRequestsDue { get; init; }

    /// <summary>Open help requests past their due date that this run reported to the county's caseworkers and supervisors.</summary>
    public int HelpRequestsLate { get; init; }
}
