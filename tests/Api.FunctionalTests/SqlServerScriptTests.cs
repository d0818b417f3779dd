using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Configurations;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// SQL Server has no engine here (ADR 0022), so its schema is checked as scripts, generated without a
/// connection: the idempotent migration script and the model's create script parse as T-SQL and hold
/// none of what the provider-neutral migrations got wrong on SQL Server before.
/// </summary>
public sealed class SqlServerScriptTests
{
    /// <summary>Tables keyed by a long the database numbers: IDENTITY on SQL Server.</summary>
    private static readonly string[] IdentityTables = ["JobRuns", "DeadlineEvents", "StaffNotifications", "CalendarRevisions"];

    /// <summary>SQLite's and PostgreSQL's functions, types and syntax.</summary>
    private static readonly string[] OtherDialects =
    [
        "date(", "datetime(", "julianday", "now()", "::", "ON CONFLICT", "AUTOINCREMENT", "\"", "SERIAL", "character varying", "boolean", "uuid",
        "date_trunc", "start of month", "RETURNING",
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Script_IsTSqlOfTheModel(bool migrations)
    {
        using var db = SqlServer();
        var script = migrations ? MigrationScript(db) : db.Database.GenerateCreateScript();

        var tables = TablesOf(script);

        Assert.Equal(db.Model.GetRelationalModel().Tables.Select(t => t.Name).Order(), tables.Keys.Where(t => t != "__EFMigrationsHistory").Order());
        foreach (var table in IdentityTables)
        {
            Assert.Contains("Id bigint identity not null", tables[table]);
        }

        Assert.All(OtherDialects, foreign => Assert.DoesNotContain(foreign, script, StringComparison.OrdinalIgnoreCase));

        // A value of n characters is stored as "pd1:" + a key id of up to 16 + ":" + base64 of 28 + up to
        // 3n bytes: 85 characters for an ID number of 18, up to 8,061 for a description of 2,000, past
        // nvarchar's 4,000 limit. So personal-data columns have no length, like text on PostgreSQL.
        foreach (var (entity, property) in PersonalDataColumns.All)
        {
            var entityType = db.Model.FindEntityType(entity)!;
            var column = entityType.FindProperty(property)!.GetColumnName();
            Assert.Contains(tables[entityType.GetTableName()!], c => c.StartsWith($"{column} nvarchar(max) ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void MigrationScript_SetsTheCollationSnapshotIsolationAndTheAuditGenesis()
    {
        using var db = SqlServer();
        var script = MigrationScript(db);

        Assert.Contains($"COLLATE {ReliefDbContext.SqlServerCollation};", script);
        Assert.Contains("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON", script);
        Assert.Contains("INSERT INTO [AuditChainHead] ([Id], [Sequence], [Hash])", script);

        // Unique keys over nullable columns let many NULLs through, as on PostgreSQL and SQLite.
        Assert.Contains("CREATE UNIQUE INDEX [IX_Applications_OpenCaseKey] ON [Applications] ([OpenCaseKey]) WHERE [OpenCaseKey] IS NOT NULL", script);
    }

    private static ReliefDbContext SqlServer() => ReliefDesignTimeDbContextFactory.Create(DatabaseProvider.SqlServer, "Server=unused;Database=unused");

    private static string MigrationScript(ReliefDbContext db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    /// <summary>
    /// Parses the script, and the statements it runs through EXEC, with SQL Server 2025's parser (zero
    /// errors), and describes each created table's columns as "name type [identity] [not] null".
    /// </summary>
    private static Dictionary<string, List<string>> TablesOf(string script)
    {
        var statements = new Statements();
        Parse(script).Accept(statements);
        foreach (var executed in statements.Executed)
        {
            Parse(executed).Accept(statements);
        }

        return statements.Tables;
    }

    private static TSqlFragment Parse(string sql)
    {
        var fragment = new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + sql);
        return fragment;
    }

    private sealed class Statements : TSqlFragmentVisitor
    {
        public Dictionary<string, List<string>> Tables { get; } = [];

        public List<string> Executed { get; } = [];

        public override void Visit(CreateTableStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = [.. node.Definition.ColumnDefinitions.Select(Describe)];

        /// <summary>A later migration's new type for a column (personal data that lost its length, ADR 0034); its nullability stays as created.</summary>
        public override void Visit(AlterTableAlterColumnStatement node)
        {
            var name = node.ColumnIdentifier.Value;
            if (node.DataType is SqlDataTypeReference type && Tables.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns)
                && columns.FindIndex(c => c.StartsWith(name + " ", StringComparison.Ordinal)) is var at and >= 0)
            {
                columns[at] = $"{name} {TypeOf(type)}{columns[at][columns[at].IndexOf(' ', name.Length + 1)..]}";
            }
        }

        /// <summary>Columns a later migration adds to a table the script created.</summary>
        public override void Visit(AlterTableAddTableElementStatement node)
        {
            if (Tables.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns))
            {
                columns.AddRange(node.Definition.ColumnDefinitions.Select(Describe));
            }
        }

        /// <summary>EXEC(N'…') of one literal; the collation's EXEC builds its statement from DB_NAME().</summary>
        public override void Visit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification.ExecutableEntity is ExecutableStringList { Strings: [StringLiteral literal] })
            {
                Executed.Add(literal.Value);
            }
        }

        private static string Describe(ColumnDefinition column)
        {
            var nullable = column.Constraints.OfType<NullableConstraintDefinition>().Single().Nullable;
            return $"{column.ColumnIdentifier.Value} {TypeOf((SqlDataTypeReference)column.DataType)}"
                + (column.IdentityOptions is null ? "" : " identity") + (nullable ? " null" : " not null");
        }

        private static string TypeOf(SqlDataTypeReference type) =>
            type.SqlDataTypeOption.ToString().ToLowerInvariant() + (type.Parameters.Count == 0 ? "" : $"({string.Join(",", type.Parameters.Select(p => p.Value))})");
    }
}
