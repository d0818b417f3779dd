using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// ops/backup.sh and ops/restore.sh (issue 8): a database with applications in several states is
/// backed up (SQLite's online backup API through the API's --backup verb; pg_dump), restored into a
/// fresh database, and every table of the copy holds exactly the rows of the original.
/// </summary>
public sealed class BackupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sqlite_BackupRestoredIntoAFreshFile_HoldsEveryRowOfEveryTable()
    {
        await using var factory = new SqliteApiFactory();
        await FillAsync(factory);
        var directory = Directory.CreateTempSubdirectory("relief-backup-").FullName;
        try
        {
            var backup = Path.Combine(directory, "backup.db");
            var restored = Path.Combine(directory, "restored", "relief.db");
            await RunAsync("ops/backup.sh", ["sqlite", backup], ApiProcess.ChildEnvironment(new Dictionary<string, string>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Relief"] = factory.ConnectionString,
                ["RELIEF_API_DLL"] = Path.Combine(AppContext.BaseDirectory, "ReliefPlatform.Api.dll"),
            }));
            await RunAsync("ops/restore.sh", ["sqlite", backup, restored], new Dictionary<string, string>());

            await AssertSameTablesAsync(new DatabaseProbe("Sqlite", factory.ConnectionString), new DatabaseProbe("Sqlite", $"Data Source={restored}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_DumpRestoredIntoAFreshDatabase_HoldsEveryRowOfEveryTable()
    {
        await using var factory = new PostgresApiFactory();
        await factory.InitializeAsync();
        await FillAsync(factory);
        var fresh = new PostgresDatabase();
        var directory = Directory.CreateTempSubdirectory("relief-backup-").FullName;
        try
        {
            var dump = Path.Combine(directory, "relief.dump");
            var source = new NpgsqlConnectionStringBuilder(factory.ConnectionString);
            var environment = new Dictionary<string, string> { ["PGPASSWORD"] = source.Password ?? "" };
            await RunAsync("ops/backup.sh", ["postgres", dump, ConnInfo(source)], environment);
            var target = new NpgsqlConnectionStringBuilder(fresh.ConnectionString);
            await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(fresh.ConnectionString) { Database = "postgres" }.ConnectionString))
            {
                await server.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{fresh.Name}\"", server);
                await create.ExecuteNonQueryAsync();
            }

            await RunAsync("ops/restore.sh", ["postgres", dump, ConnInfo(target)], environment);

            await AssertSameTablesAsync(new DatabaseProbe("PostgreSQL", factory.ConnectionString), new DatabaseProbe("PostgreSQL", fresh.ConnectionString));
        }
        finally
        {
            await factory.DisposeAsync();
            await fresh.DropAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Applications submitted, accepted, decided and claimed: history, outbox, idempotency, audit and session rows.</summary>
    private static async Task FillAsync(ApiFactory factory)
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        for (var i = 0; i < 12; i++)
        {
            var id = (await resident.SubmitAsync(TestData.Application(), idempotencyKey: $"backup-{i}"))["id"]!.GetValue<string>();
            if (i % 2 == 0)
            {
                (await caseworker.PostAsync($"/api/v1/applications/{id}/claim", null)).EnsureSuccessStatusCode();
                (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
            }
        }

        Assert.Equal(12, await factory.WithDbAsync(db => db.Applications.CountAsync()));

        // Nothing left for the sealer, which would otherwise move the chain's head between the backup and the comparison.
        await factory.ChainAuditAsync();
    }

    private async Task AssertSameTablesAsync(DatabaseProbe original, DatabaseProbe restored)
    {
        var tablesSql = original.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";
        var tables = (await original.RowsAsync(tablesSql)).Select(r => r[0]!).ToList();
        Assert.Equal(tables, (await restored.RowsAsync(tablesSql)).Select(r => r[0]!).ToList());
        var rows = 0;
        foreach (var table in tables)
        {
            var before = await ContentAsync(original, table);
            var after = await ContentAsync(restored, table);
            Assert.True(before.SequenceEqual(after), $"Table {table}: {before.Count} rows before, {after.Count} after the restore, or different contents.");
            rows += before.Count;
        }

        output.WriteLine($"{tables.Count} tables, {rows} rows, all equal after the restore");
        Assert.True(rows > 100, $"Only {rows} rows were compared.");
    }

    private static async Task<List<string>> ContentAsync(DatabaseProbe probe, string table)
    {
        var rows = await probe.RowsAsync($"SELECT * FROM \"{table}\"");
        return rows.Select(r => string.Join('\u001f', r.Select(v => v ?? "\u2400"))).Order(StringComparer.Ordinal).ToList();
    }

    private static string ConnInfo(NpgsqlConnectionStringBuilder b) => $"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}";

    private static async Task RunAsync(string script, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReliefPlatform.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        var start = new ProcessStartInfo(Path.Combine(root, script)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
    }
}
