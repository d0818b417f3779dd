using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

// A minimal endpoint for bench/write-path.sh: POST /insert reads a submission's JSON body and stores it
// as one row with one INSERT (autocommit, so one durable commit), nothing else: no authentication, no
// validation beyond parsing, no history, audit, outbox or idempotency rows.
//   dotnet ReliefPlatform.MinimalInsert.dll --Provider Sqlite|PostgreSQL --ConnectionString "…" --urls http://127.0.0.1:PORT
// SQLite is opened as the service opens it: Microsoft.Data.Sqlite with its pool, WAL (EF Core sets it when it
// creates the file; set here too), synchronous left at the library's default (FULL), and busy_timeout = 5000
// run on every open, as SqliteBusyTimeoutInterceptor does. PostgreSQL through an NpgsqlDataSource with the
// server's synchronous_commit (on by default).
var builder = WebApplication.CreateBuilder(args);
var provider = builder.Configuration["Provider"] ?? "Sqlite";
var connectionString = builder.Configuration["ConnectionString"]
    ?? throw new InvalidOperationException("--ConnectionString is required.");
var store = string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase)
    ? (InsertStore)new PostgreSqlStore(connectionString)
    : new SqliteStore(connectionString);
await store.CreateTableAsync();

var app = builder.Build();
app.MapGet("/health/ready", () => Results.Text(store.Describe()));
app.MapPost("/insert", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
    var row = MinimalRow.From(body.RootElement);
    await store.InsertAsync(row, cancellationToken);
    return Results.Created($"/insert/{row.Id}", new { id = row.Id, trackingNumber = row.TrackingNumber });
});

// An OTLP/HTTP sink for bench/telemetry-overhead.sh: takes the service's span batches as a collector would
// (read whole, answered 200) and counts them, so that the traced variant pays for exporting, not only for spans.
long traceBatches = 0, traceBytes = 0;
app.MapPost("/v1/traces", async (HttpRequest request) =>
{
    using var sink = new MemoryStream();
    await request.Body.CopyToAsync(sink);
    Interlocked.Increment(ref traceBatches);
    Interlocked.Add(ref traceBytes, sink.Length);
    return Results.Ok();
});
app.MapGet("/v1/traces", () => Results.Text($"batches={Interlocked.Read(ref traceBatches)} bytes={Interlocked.Read(ref traceBytes)}"));
await app.RunAsync();

/// <summary>About as wide as an application row: the submitted text and answers, a tracking number, status and dates.</summary>
internal sealed record MinimalRow(
    Guid Id, string TrackingNumber, string ItemCode, string RegionCode, string Status, string ApplicantName,
    string IdNumber, string Phone, string Answers, string Description, DateTime SubmittedAtUtc, DateOnly DueDate)
{
    public static MinimalRow From(JsonElement body)
    {
        var applicant = body.GetProperty("applicant");
        var now = DateTime.UtcNow;
        return new MinimalRow(
            Guid.CreateVersion7(),
            $"{now:yyyyMMdd}-{Random.Shared.NextInt64(10_000_000_000):D10}",
            body.GetProperty("itemCode").GetString() ?? "",
            body.GetProperty("regionCode").GetString() ?? "",
            "Submitted",
            applicant.GetProperty("name").GetString() ?? "",
            applicant.GetProperty("idNumber").GetString() ?? "",
            applicant.GetProperty("phone").GetString() ?? "",
            body.GetProperty("answers").GetRawText(),
            body.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "",
            now,
            DateOnly.FromDateTime(now).AddDays(14));
    }
}

internal abstract class InsertStore
{
    protected const string Columns =
        "\"Id\", \"TrackingNumber\", \"ItemCode\", \"RegionCode\", \"Status\", \"ApplicantName\", \"IdNumber\", \"Phone\", \"Answers\", \"Description\", \"SubmittedAtUtc\", \"DueDate\"";

    protected const string Values = "@id, @tracking, @item, @region, @status, @name, @idNumber, @phone, @answers, @description, @submitted, @due";

    public abstract Task CreateTableAsync();

    public abstract Task InsertAsync(MinimalRow row, CancellationToken cancellationToken);

    public abstract string Describe();

    protected static void Bind(DbCommand command, MinimalRow row, Func<string, object, DbParameter> parameter)
    {
        command.CommandText = $"INSERT INTO \"MinimalInserts\" ({Columns}) VALUES ({Values})";
        (string Name, object Value)[] values =
        [
            ("@id", row.Id), ("@tracking", row.TrackingNumber), ("@item", row.ItemCode), ("@region", row.RegionCode),
            ("@status", row.Status), ("@name", row.ApplicantName), ("@idNumber", row.IdNumber), ("@phone", row.Phone),
            ("@answers", row.Answers), ("@description", row.Description), ("@submitted", row.SubmittedAtUtc), ("@due", row.DueDate),
        ];
        foreach (var (name, value) in values)
        {
            command.Parameters.Add(parameter(name, value));
        }
    }
}

internal sealed class SqliteStore(string connectionString) : InsertStore
{
    private string _facts = "";

    public override async Task CreateTableAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = 'wal';
            CREATE TABLE IF NOT EXISTS "MinimalInserts" (
                "Id" TEXT NOT NULL PRIMARY KEY, "TrackingNumber" TEXT NOT NULL, "ItemCode" TEXT NOT NULL,
                "RegionCode" TEXT NOT NULL, "Status" TEXT NOT NULL, "ApplicantName" TEXT NOT NULL,
                "IdNumber" TEXT NOT NULL, "Phone" TEXT NOT NULL, "Answers" TEXT NOT NULL, "Description" TEXT NOT NULL,
                "SubmittedAtUtc" TEXT NOT NULL, "DueDate" TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync();
        command.CommandText = """
            SELECT 'SQLite ' || sqlite_version() || ' (journal_mode=' || (SELECT journal_mode FROM pragma_journal_mode)
                || ', synchronous=' || (SELECT synchronous FROM pragma_synchronous) || ', busy_timeout='
                || (SELECT timeout FROM pragma_busy_timeout) || ')'
            """;
        _facts = (string?)await command.ExecuteScalarAsync() ?? "";
    }

    public override async Task InsertAsync(MinimalRow row, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        Bind(command, row, (name, value) => new SqliteParameter(name, value));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override string Describe() => _facts;

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

internal sealed class PostgreSqlStore(string connectionString) : InsertStore
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private string _facts = "";

    public override async Task CreateTableAsync()
    {
        await using var command = _dataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS "MinimalInserts" (
                "Id" uuid NOT NULL PRIMARY KEY, "TrackingNumber" text NOT NULL, "ItemCode" text NOT NULL,
                "RegionCode" text NOT NULL, "Status" text NOT NULL, "ApplicantName" text NOT NULL,
                "IdNumber" text NOT NULL, "Phone" text NOT NULL, "Answers" jsonb NOT NULL, "Description" text NOT NULL,
                "SubmittedAtUtc" timestamp with time zone NOT NULL, "DueDate" date NOT NULL)
            """);
        await command.ExecuteNonQueryAsync();
        await using var version = _dataSource.CreateCommand("SELECT 'PostgreSQL ' || current_setting('server_version') || ' (synchronous_commit=' || current_setting('synchronous_commit') || ')'");
        _facts = (string?)await version.ExecuteScalarAsync() ?? "";
    }

    public override async Task InsertAsync(MinimalRow row, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        Bind(command, row, (name, value) => value is string s && name == "@answers"
            ? new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Jsonb) { Value = s }
            : new NpgsqlParameter(name, value));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override string Describe() => _facts;
}
