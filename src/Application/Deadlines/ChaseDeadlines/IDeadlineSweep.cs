using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Application.Deadlines.ChaseDeadlines;

/// <summary>
/// Set-based writes of a sweep: one statement per stage over all open applications, not one entity
/// at a time, so a sweep over a province's million cases stays within seconds.
/// </summary>
public interface IDeadlineSweep
{
    /// <summary>
    /// Records <paramref name="stage"/> for every open, unpaused application due in
    /// [<paramref name="dueFrom"/>, <paramref name="dueTo"/>] that has not had it for its current due
    /// date. Returns how many were new.
    /// </summary>
    /// <param name="stage">The effect to record.</param>
    /// <param name="phase">Only the cases whose running deadline is of this phase (<see cref="Domain.Applications.ApplicationLifecycle"/>); all running ones when null.</param>
    /// <param name="dueFrom">The earliest due date selected, if any.</param>
    /// <param name="dueTo">The latest due date selected.</param>
    /// <param name="sweptAt">The sweep's instant, recorded on every event.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    Task<int> RaiseAsync(DeadlineStage stage, DeadlinePhase? phase, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="stage"/> (a stage's own reminder or lateness, ADR 0040) for every staged
    /// application whose decision clock runs and whose stage is due in [<paramref name="dueFrom"/>,
    /// <paramref name="dueTo"/>] before the application itself is, once per stage due date. Returns how many were new.
    /// </summary>
    Task<int> RaiseStageAsync(DeadlineStage stage, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="stage"/> for every open help request (ADR 0044), neither routed nor answered,
    /// due in [<paramref name="dueFrom"/>, <paramref name="dueTo"/>], once per request, stage and due date. Returns how many were new.
    /// </summary>
    Task<int> RaiseHelpRequestsAsync(DeadlineStage stage, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken);

    /// <summary>Writes the staff notifications summarising the events raised at <paramref name="sweptAt"/>.</summary>
    Task<int> NotifyAsync(DateTime sweptAt, CancellationToken cancellationToken);
}
