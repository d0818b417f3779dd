namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>
/// Lets writers of a database that takes one writer at a time (SQLite) wait their turn in the process,
/// first come first served, instead of each polling the file lock with SQLite's sleeping busy handler,
/// which left a waiter asleep past several commits (docs/PERFORMANCE.md). Entered around each save, or
/// around the whole of a transactional command; not re-entrant, so nothing that holds it may save in
/// another scope (that write would wait for the gate's time limit and fail as the database being busy).
/// Elsewhere a no-op: server databases lock rows, not the database.
/// </summary>
public interface IWriteGate
{
    /// <summary>Waits for the turn (at most the busy timeout, then <see cref="TimeoutException"/>); dispose to pass it on.</summary>
    ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken);
}
