using System.Text.RegularExpressions;
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

    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
            sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public string? UniqueViolationTable(DbUpdateException exception) => !IsUniqueViolation(exception) ? null : exception.InnerException switch
    {
        // "UNIQUE constraint failed: ApplicationHistory.ApplicationId, ApplicationHistory.Sequence"
        SqliteException sqlite => SqliteTable().Match(sqlite.Message) is { Success: true } m ? m.Groups[1].Value : null,
        PostgresException postgres => postgres.TableName,
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
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"constraint failed: ""?(\w+)""?\.", RegexOptions.CultureInvariant)]
    private static partial Regex SqliteTable();
}
