namespace ReliefPlatform.Application.Common.Messaging;

/// <summary>
/// Work that must wait until the command's transaction has committed, such as dropping a cache that
/// another request would otherwise refill with the old rows. Scoped to the request.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    internal void Run()
    {
        foreach (var action in _actions)
        {
            action();
        }

        _actions.Clear();
    }
}
