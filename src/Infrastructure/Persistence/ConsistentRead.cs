using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Reports.Exports;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// One consistent view for the queries of an export. PostgreSQL: a repeatable-read transaction (a
/// snapshot there). SQL Server: a snapshot transaction, which reads row versions and, unlike its
/// REPEATABLE READ, holds no shared locks that would block writers for the length of the export; the
/// database needs ALLOW_SNAPSHOT_ISOLATION ON, which the SQL Server migrations set. SQLite: a deferred
/// transaction, which reads one snapshot of the write-ahead log and, unlike EF's default BEGIN
/// IMMEDIATE, does not take the database's only write lock for the length of the export.
/// </summary>
internal sealed class ConsistentRead(ReliefDbContext db) : IConsistentRead
{
    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken)
    {
        switch (DatabaseProviders.Of(db))
        {
            case DatabaseProvider.PostgreSql:
                return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            case DatabaseProvider.SqlServer:
                return await db.Database.BeginTransactionAsync(IsolationLevel.Snapshot, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new SqliteReadScope(db, transaction);
    }

    private sealed class SqliteReadScope(ReliefDbContext db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
