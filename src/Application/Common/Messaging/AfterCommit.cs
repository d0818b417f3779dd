namespace ReliefPlatform.Application.Common.Messaging;

/// <summary>
/// Work that must wait until the command's transaction has committed, such as dropping a cache that
/// another request would otherwise refill with the old rows, or starting a job that reads the new rows.
/// Scoped to the request.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _actions = [];

    public void Add(Action action) => _actions.Add(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    public void Add(Func<CancellationToken, Task> action) => _actions.Add(action);

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var actions = _actions.ToList();
        _actions.Clear();
        foreach (var action in actions)
        {
            await action(cancellationToken);
        }
    }
}
