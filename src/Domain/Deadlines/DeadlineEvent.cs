namespace ReliefPlatform.Domain.Deadlines;

/// <summary>
/// One chasing effect on one application: at most one per application, stage and due date (a unique
/// key), so a re-run sweep, a second job node or a restart after a crash never repeats it. A due date
/// that moves (after a pause, a transfer or an extension) can be chased again. A help request (ADR 0044)
/// is chased the same way: its events (<see cref="DeadlinePhase.HelpRequest"/>) carry the request's id in
/// <see cref="ApplicationId"/> (not a foreign key) and no department, as nobody knows it yet.
/// </summary>
public sealed class DeadlineEvent
{
    private DeadlineEvent()
    {
        DepartmentCode = CountyCode = string.Empty;
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DeadlineStage Stage { get; private set; }

    public DeadlinePhase Phase { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string DepartmentCode { get; private set; }

    public string CountyCode { get; private set; }

    public DateTime OccurredAt { get; private set; }
}
