using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary><c>--backup FILE</c>: a consistent copy of a SQLite database while the service keeps running (ops/backup.sh).</summary>
public static class BackupCommandLine
{
    public static async Task<int> BackupDatabaseAsync(this IServiceProvider services, string target, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        if (!db.Database.IsSqlite())
        {
            await output.WriteLineAsync("--backup copies SQLite databases; for PostgreSQL use pg_dump (ops/backup.sh postgres).");
            return 2;
        }

        // SQLite's online backup API copies page by page under a read lock: writers go on, the copy is one consistent snapshot.
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString))
        {
            await destination.OpenAsync();
            source.BackupDatabase(destination);
        }

        await output.WriteLineAsync($"Backed up {source.DataSource} to {target}.");
        return 0;
    }
}
