using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Each provider's migrations must build exactly the schema the EF model describes: a database built by
/// migrations is compared with one built from the model itself, column by column (type, length,
/// nullability), index by index and key by key. SQL Server has no engine here: its scripts are checked
/// in <see cref="SqlServerScriptTests"/>.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task Sqlite_MigratedSchema_EqualsTheModel()
    {
        var migratedPath = Path.Combine(Path.GetTempPath(), $"relief-schema-{Guid.NewGuid():N}.db");
        var createdPath = Path.Combine(Path.GetTempPath(), $"relief-schema-{Guid.NewGuid():N}.db");
        try
        {
            await using var migrated = Sqlite(migratedPath);
            await using var created = Sqlite(createdPath);

            await migrated.Database.MigrateAsync();
            await created.Database.EnsureCreatedAsync();

            Assert.False(migrated.Database.HasPendingModelChanges(), "The model snapshot is out of step with the model.");
            AssertSameSchema(await DescribeSqliteAsync(created), await DescribeSqliteAsync(migrated));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(migratedPath);
            File.Delete(createdPath);
        }
    }

    [Fact]
    public async Task PostgreSql_MigratedSchema_EqualsTheModel()
    {
        await PostgresDatabase.EnsureServerAsync();
        var migratedDatabase = new PostgresDatabase();
        var createdDatabase = new PostgresDatabase();
        try
        {
            await using var migrated = Postgres(migratedDatabase.ConnectionString);
            await using var created = Postgres(createdDatabase.ConnectionString);

            await migrated.Database.MigrateAsync();
            await created.Database.EnsureCreatedAsync();

            Assert.False(migrated.Database.HasPendingModelChanges(), "The model snapshot is out of step with the model.");
            AssertSameSchema(await DescribePostgresAsync(created), await DescribePostgresAsync(migrated));
        }
        finally
        {
            await migratedDatabase.DropAsync();
            await createdDatabase.DropAsync();
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=unused;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused")]
    public void Migrations_OfEachProvider_HaveNoPendingModelChanges(DatabaseProvider provider, string connectionString)
    {
        // The context dotnet ef builds; no connection is opened.
        using var db = ReliefDesignTimeDbContextFactory.Create(provider, connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model snapshot is out of step with the model: dotnet ef migrations add.");
    }

    private static ReliefDbContext Sqlite(string path) => ReliefDesignTimeDbContextFactory.Create(DatabaseProvider.Sqlite, $"Data Source={path}");

    private static ReliefDbContext Postgres(string connectionString) => ReliefDesignTimeDbContextFactory.Create(DatabaseProvider.PostgreSql, connectionString);

    private static void AssertSameSchema(IReadOnlyCollection<string> model, IReadOnlyCollection<string> migrated)
    {
        var missing = model.Except(migrated).ToList();
        var extra = migrated.Except(model).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"Migrations differ from the model.\nIn the model, not migrated:\n  {string.Join("\n  ", missing)}\nMigrated, not in the model:\n  {string.Join("\n  ", extra)}");
        Assert.True(model.Count > 50, $"Only {model.Count} schema facts were read; the comparison would prove nothing.");
    }

    private static async Task<IReadOnlyCollection<string>> DescribeSqliteAsync(DbContext db) => await QueryAsync(db, """
        SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || CASE p."notnull" WHEN 1 THEN ' not null' ELSE ' null' END || CASE WHEN p.pk > 0 THEN ' pk' || p.pk ELSE '' END
        FROM sqlite_master m JOIN pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
        UNION ALL
        SELECT 'index ' || m.name || '.' || il.name || CASE il."unique" WHEN 1 THEN ' unique' ELSE '' END || ' (' ||
               (SELECT group_concat(ii.name, ',') FROM pragma_index_info(il.name) ii) || ')'
        FROM sqlite_master m JOIN pragma_index_list(m.name) il
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE '__EF%'
        """);

    private static async Task<IReadOnlyCollection<string>> DescribePostgresAsync(DbContext db) => await QueryAsync(db, """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable || coalesce(' default ' || column_default, '')
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EF%'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%'
        UNION ALL
        SELECT 'constraint ' || c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text NOT LIKE '"__EF%'
        """);

    private static async Task<IReadOnlyCollection<string>> QueryAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var facts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts.Add(reader.GetString(0));
        }

        return facts;
    }
}
