using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Persistence;

internal sealed partial class DatabaseErrors : IDatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    // "Cannot insert duplicate key row in object … with unique index …" and "Violation of PRIMARY KEY (or UNIQUE KEY) constraint …".
    private static readonly HashSet<int> SqlServerUniqueViolations = [2601, 2627];

    /// <summary>
    /// SQL Server errors that say "not now": 1205 chosen as deadlock victim and 1222 lock timeout (the
    /// counterparts of SQLite's busy and PostgreSQL's serialization failures, which also answer 503);
    /// -2 command timeout; the network's 2, 53, 64, 121, 233, 10053, 10054, 10060, 10061; out of
    /// resources 701, 1204, 1105 (filegroup full) and 9002 (log full); shutting down or paused 6005,
    /// 17142; starting or failing over 4060, 4221, 40613, 40197, 40501, 49918, 49919, 49920, 10928,
    /// 10929 (the numbers EF Core's SQL Server retry strategy also treats as transient).
    /// </summary>
    private static readonly HashSet<int> SqlServerUnavailable =
    [
        1205, 1222, -2, 2, 53, 64, 121, 233, 10053, 10054, 10060, 10061, 701, 1204, 1105, 9002, 6005, 17142,
        4060, 4221, 40613, 40197, 40501, 49918, 49919, 49920, 10928, 10929,
    ];

    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
            sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => Numbers(sqlServer).Any(SqlServerUniqueViolations.Contains),
        _ => false,
    };

    public string? UniqueViolationTable(DbUpdateException exception) => !IsUniqueViolation(exception) ? null : exception.InnerException switch
    {
        // "UNIQUE constraint failed: ApplicationHistory.ApplicationId, ApplicationHistory.Sequence"
        SqliteException sqlite => SqliteTable().Match(sqlite.Message) is { Success: true } m ? m.Groups[1].Value : null,
        PostgresException postgres => postgres.TableName,
        SqlException sqlServer => SqlServerTable(sqlServer.Message),
        _ => null,
    };

    public bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var unavailable = e switch
            {
                TimeoutException => true,
                SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCantOpen,

                // Class 53: insufficient resources (disk full, out of memory, too many connections); 57P0x: the server is shutting down or starting.
                PostgresException postgres => postgres.SqlState.StartsWith("53", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
                NpgsqlException npgsql => npgsql.IsTransient,
                SqlException sqlServer => Numbers(sqlServer).Any(SqlServerUnavailable.Contains),
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The table named in SQL Server's unique-violation message: the first quoted name with a schema,
    /// "… in object 'dbo.ApplicationHistory' …" (English) or “dbo.ApplicationHistory” (Chinese and
    /// other languages that quote so); the index and constraint names have no dot. Null when the
    /// server's language writes it otherwise.
    /// </summary>
    internal static string? SqlServerTable(string message) =>
        SqlServerObject().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    private static IEnumerable<int> Numbers(SqlException exception) =>
        exception.Errors.Count == 0 ? [exception.Number] : exception.Errors.Cast<SqlError>().Select(e => e.Number);

    [GeneratedRegex(@"constraint failed: ""?(\w+)""?\.", RegexOptions.CultureInvariant)]
    private static partial Regex SqliteTable();

    [GeneratedRegex(@"['\u201C][^'\u201D.]+\.([^'\u201D.]+)['\u201D]", RegexOptions.CultureInvariant)]
    private static partial Regex SqlServerObject();
}
