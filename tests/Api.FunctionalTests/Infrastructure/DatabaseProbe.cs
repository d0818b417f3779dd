using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Plain SQL against a database that API processes write to: counts, the rows a check compares, and
/// the engine's own integrity checks. SQL quotes names, so one statement serves SQLite and PostgreSQL.
/// </summary>
public sealed class DatabaseProbe(string provider, string connectionString)
{
    public bool IsPostgres { get; } = string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The problems the engine finds; empty when none. SQLite: <c>PRAGMA integrity_check</c> (every
    /// page, index entry and constraint) and <c>foreign_key_check</c>. PostgreSQL (amcheck needs a
    /// superuser): every index of the written tables counts what a sequential scan counts, and no
    /// history, outbox or idempotency row is orphaned.
    /// </summary>
    public async Task<List<string>> IntegrityProblemsAsync()
    {
        var problems = new List<string>();
        if (!IsPostgres)
        {
            var check = await RowsAsync("PRAGMA integrity_check");
            problems.AddRange(check.Select(r => r[0]!).Where(r => r != "ok"));
            problems.AddRange((await RowsAsync("PRAGMA foreign_key_check")).Select(r => "foreign key: " + string.Join(' ', r)));
        }
        else
        {
            foreach (var table in new[] { "Applications", "ApplicationHistory", "IdempotencyRecords", "OutboxMessages" })
            {
                await using var connection = await OpenAsync();
                var bySeqScan = await CountWithAsync(connection, table, "SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;");
                var byIndex = await CountWithAsync(connection, table, "SET enable_seqscan = off; SET enable_indexscan = on; SET enable_bitmapscan = on; SET enable_indexonlyscan = on;");
                if (bySeqScan != byIndex)
                {
                    problems.Add($"{table}: {bySeqScan} rows by a sequential scan, {byIndex} through an index");
                }
            }
        }

        var orphans = await CountAsync("""
            SELECT (SELECT COUNT(*) FROM "ApplicationHistory" h WHERE NOT EXISTS (SELECT 1 FROM "Applications" a WHERE a."Id" = h."ApplicationId"))
                 + (SELECT COUNT(*) FROM "Applications" a WHERE NOT EXISTS (SELECT 1 FROM "ApplicationHistory" h WHERE h."ApplicationId" = a."Id" AND h."Sequence" = 1))
            """);
        if (orphans > 0)
        {
            problems.Add($"{orphans} history rows without their application, or applications without their first step");
        }

        return problems;
    }

    private static async Task<long> CountWithAsync(DbConnection connection, string table, string settings)
    {
        await using var set = connection.CreateCommand();
        set.CommandText = settings;
        await set.ExecuteNonQueryAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"Id\" IS NOT NULL";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
