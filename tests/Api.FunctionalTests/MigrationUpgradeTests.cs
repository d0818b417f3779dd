using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// A database made by the hand-written, provider-neutral migrations (ADR 0004) upgrades to the
/// generated, per-provider ones (ADR 0022) without losing a row: it is migrated to the last migration
/// of that time, every table gets a row, and after the upgrade every row still holds its values, the
/// history keeps the old ids, and the service starts on it.
/// </summary>
public sealed class MigrationUpgradeTests
{
    /// <summary>The migrations a database had before ADR 0022, as its <c>__EFMigrationsHistory</c> lists them.</summary>
    private static readonly string[] HandWritten =
    [
        "20261122000000_Initial", "20261122010000_DeadlineChasing", "20261122020000_CalendarRevisions", "20261122030000_Outbox",
        "20261122040000_Extensions", "20261122050000_DailyStatistics", "20261122060000_WorkingDaysTaken", "20261122070000_SupervisionNotes",
        "20261122080000_ReportExports", "20261122090000_MonthlyStatistics", "20261122100000_AuditTrail", "20261122101200_OneTimeCodeSequence",
        "20261122110000_StaffSecurity", "20261122120000_PersonalDataProtection", "20261122130000_Monitoring", "20261122131000_Leads",
        "20261123090000_ApplicationClaims", "20261123090000_ResidentPage", "20261123100000_RatingFollowUps", "20261124090000_StaffConsole",
    ];

    [Fact]
    public async Task Sqlite_DatabaseOfTheHandWrittenMigrations_UpgradesWithEveryRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relief-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await AssertUpgradesAsync(DatabaseProvider.Sqlite, "Sqlite", $"Data Source={path}", """
                SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND substr(m.name, 1, 4) <> '__EF'
                """, """
                SELECT m.name, f."from", f."table", f."to" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table'
                """);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task PostgreSql_DatabaseOfTheHandWrittenMigrations_UpgradesWithEveryRow()
    {
        await PostgresDatabase.EnsureServerAsync();
        var database = new PostgresDatabase();
        try
        {
            await AssertUpgradesAsync(DatabaseProvider.PostgreSql, "PostgreSQL", database.ConnectionString, """
                SELECT table_name::text, column_name::text FROM information_schema.columns
                WHERE table_schema = 'public' AND substr(table_name, 1, 4) <> '__EF'
                """, """
                SELECT t.relname::text, a.attname::text, r.relname::text, ra.attname::text
                FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
                WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
                """);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    // columnsSql reads every column of every table (table, column); foreignKeysSql every foreign key
    // (table, column, referenced table, referenced column).
    private static async Task AssertUpgradesAsync(DatabaseProvider provider, string setting, string connectionString, string columnsSql, string foreignKeysSql)
    {
        var probe = new DatabaseProbe(setting, connectionString);
        await using (var db = new ReliefDbContext(ReliefDbContextOptions.For(provider, connectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync(HandWritten[^1]);
            Assert.Equal(HandWritten, await db.Database.GetAppliedMigrationsAsync());

            var tables = (await probe.RowsAsync(columnsSql)).GroupBy(c => c[0]!).ToDictionary(t => t.Key, t => t.Select(c => c[1]!).ToList());
            await InsertARowIntoEveryTableAsync(db, probe, tables, await probe.RowsAsync(foreignKeysSql));
            var before = await RowsOfEveryTableAsync(probe, tables);
            Assert.True(tables.Count > 25, $"Only {tables.Count} tables were read.");
            Assert.All(tables.Keys, table => Assert.Contains(before, row => row.StartsWith(table + ": ", StringComparison.Ordinal)));

            await db.Database.MigrateAsync();

            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(HandWritten, (await db.Database.GetAppliedMigrationsAsync()).Take(HandWritten.Length));
            Assert.True(db.Database.GetMigrations().Count() > HandWritten.Length, "The generated migrations were not applied.");
            Assert.Equal(Rewritten(before, tables), await RowsOfEveryTableAsync(probe, tables));
        }

        // The service starts on the upgraded database: nothing pending, the seeders run, ready answers.
        await using var service = new SharedDatabaseFactory(setting, connectionString);
        var ready = await service.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>
    /// One row per table, parents first, with a value of each column's type as the model maps it (so
    /// the service can read the rows afterwards) and foreign keys pointing at the parent's row.
    /// </summary>
    private static async Task InsertARowIntoEveryTableAsync(
        ReliefDbContext db, DatabaseProbe probe, Dictionary<string, List<string>> tables, List<string?[]> foreignKeys)
    {
        var model = db.Model.GetRelationalModel();
        var literals = new Dictionary<(string Table, string Column), string>();
        var pending = new Dictionary<string, List<string>>(tables);
        while (pending.Count > 0)
        {
            var (table, names) = pending.First(t => foreignKeys.All(f => f[0] != t.Key || f[2] == t.Key || !pending.ContainsKey(f[2]!)));
            foreach (var name in names)
            {
                var parent = foreignKeys.FirstOrDefault(f => f[0] == table && f[1] == name);
                literals[(table, name)] = parent is not null
                    ? literals[(parent[2]!, parent[3]!)]
                    : Literal(model.FindTable(table, null)?.FindColumn(name) ?? throw new InvalidOperationException(
                        $"{table}.{name} is no longer in the model: give it a value in this test."));
            }

            await probe.ScalarAsync($"""
                INSERT INTO "{table}" ({string.Join(", ", names.Select(n => $"\"{n}\""))})
                VALUES ({string.Join(", ", names.Select(n => literals[(table, n)]))})
                """);
            pending.Remove(table);
        }
    }

    private static string Literal(IColumn column)
    {
        var mapping = column.PropertyMappings[0];
        return mapping.TypeMapping.GenerateSqlLiteral(SampleOf(mapping.Property.ClrType));
    }

    private static object SampleOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "v",
        var t when t == typeof(Guid) => Guid.NewGuid(),
        var t when t == typeof(DateTime) => new DateTime(2026, 11, 20, 8, 30, 15, DateTimeKind.Utc),
        var t when t == typeof(DateOnly) => new DateOnly(2026, 11, 20),
        var t when t == typeof(bool) => true,
        var t when t == typeof(int) => 7,
        var t when t == typeof(long) => 7L,
        var t when t == typeof(decimal) => 7.5m,
        var t when t == typeof(double) => 7.5,
        { IsEnum: true } t => Enum.GetValues(t).GetValue(0)!,
        { IsGenericType: true } t when t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => Array.CreateInstance(t.GetGenericArguments()[0], 0),
        var t => throw new InvalidOperationException($"No sample value for {t}: add one to this test."),
    };

    /// <summary>
    /// The rows as the generated migrations mean to leave them: every value kept, except what a migration
    /// rewrites on purpose. RealNameAndLinkedFilings (ADR 0035) appends the owning account to an open case's key.
    /// </summary>
    private static List<string> Rewritten(List<string> rows, Dictionary<string, List<string>> tables)
    {
        const string Prefix = "Applications: ";
        var columns = tables["Applications"];
        return [.. rows.Select(row =>
        {
            if (!row.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return row;
            }

            var values = row[Prefix.Length..].Split(" | ");
            var (key, owner) = (columns.IndexOf("OpenCaseKey"), columns.IndexOf("ResidentId"));
            values[key] += "|" + (values[owner] == "NULL" ? "staff" : Guid.Parse(values[owner]).ToString("N"));
            return Prefix + string.Join(" | ", values);
        }).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every row of every table as "table: the values of the given columns", sorted.</summary>
    private static async Task<List<string>> RowsOfEveryTableAsync(DatabaseProbe probe, Dictionary<string, List<string>> tables)
    {
        var rows = new List<string>();
        foreach (var (table, columns) in tables)
        {
            var sql = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
            rows.AddRange((await probe.RowsAsync(sql)).Select(r => $"{table}: {string.Join(" | ", r.Select(v => v ?? "NULL"))}"));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
