using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>One turn at a time per SQLite file in this process (the embedded default runs one node).</summary>
internal sealed class SqliteWriteGate(string connectionString) : IWriteGate
{
    // As long as SQLite itself would wait for the lock (SqliteBusyTimeoutInterceptor).
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _turn = Files.GetOrAdd(
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), _ => new SemaphoreSlim(1, 1));

    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken) =>
        await _turn.WaitAsync(Limit, cancellationToken)
            ? new Turn(_turn)
            : throw new TimeoutException("The database is busy: another write held it for longer than its time limit.");

    private sealed class Turn(SemaphoreSlim turn) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>PostgreSQL and SQL Server: writers only wait for the rows they touch.</summary>
internal sealed class NoWriteGate : IWriteGate
{
    private static readonly IAsyncDisposable Open = new Nothing();

    public ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Open);

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
