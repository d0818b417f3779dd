using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>
/// One run of a job at a time across every node, per job name. Hangfire's own
/// <c>DisableConcurrentExecution</c> would lock on the method, which every job shares, so each job
/// takes a lock named after itself. The lock is held by a connection (or, embedded, by the process),
/// not by a lease: it cannot expire under a long run, and dies with the process that held it.
/// Effects stay exactly-once by database keys (ADR 0010); the lock only saves a second node the work.
/// </summary>
internal interface IJobRunLock
{
    /// <summary>The held lock, or null when another run of the job holds it now.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string jobName, CancellationToken cancellationToken);
}

/// <summary>The embedded default has one node (Hangfire in memory): a semaphore per job is enough.</summary>
internal sealed class InProcessJobRunLock : IJobRunLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string jobName, CancellationToken cancellationToken)
    {
        var semaphore = _locks.GetOrAdd(jobName, _ => new SemaphoreSlim(1, 1));
        return Task.FromResult<IAsyncDisposable?>(semaphore.Wait(0, CancellationToken.None) ? new Release(semaphore) : null);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A session-level lock on a connection of its own: PostgreSQL's advisory lock, SQL Server's application lock.</summary>
internal sealed class DatabaseJobRunLock(Func<DbConnection> connect, string acquireSql, string releaseSql) : IJobRunLock
{
    public static DatabaseJobRunLock PostgreSql(string connectionString) => new(
        () => new NpgsqlConnection(connectionString),
        "SELECT pg_try_advisory_lock(@key)",
        "SELECT pg_advisory_unlock(@key)");

    // sp_getapplock answers 0 or 1 when granted, negative when not (timeout 0: do not wait).
    public static DatabaseJobRunLock SqlServer(string connectionString) => new(
        () => new SqlConnection(connectionString),
        "DECLARE @granted int; EXEC @granted = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT CASE WHEN @granted >= 0 THEN 1 ELSE 0 END",
        "EXEC sp_releaseapplock @Resource = @name, @LockOwner = 'Session'");

    public async Task<IAsyncDisposable?> TryAcquireAsync(string jobName, CancellationToken cancellationToken)
    {
        var connection = connect();
        try
        {
            await connection.OpenAsync(cancellationToken);
            var granted = await ExecuteAsync(connection, acquireSql, jobName, cancellationToken);
            if (granted is true or 1 or 1L)
            {
                return new Held(connection, releaseSql, jobName);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, string jobName, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "key", KeyOf(jobName));
        Add(command, "name", "relief-job:" + jobName);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (command.CommandText.Contains("@" + name, StringComparison.Ordinal))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>A stable 64-bit key per job name (PostgreSQL's advisory locks are numbered).</summary>
    internal static long KeyOf(string jobName) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("relief-job:" + jobName)), 0);

    private sealed class Held(DbConnection connection, string releaseSql, string jobName) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, releaseSql, jobName, CancellationToken.None);
            }
            finally
            {
                // Closing ends the session, which releases a session lock in any case.
                await connection.DisposeAsync();
            }
        }
    }
}
