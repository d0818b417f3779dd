using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Persistence;

internal sealed partial class DatabaseErrors : IDatabaseErrors
{
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

    [GeneratedRegex(@"constraint failed: ""?(\w+)""?\.", RegexOptions.CultureInvariant)]
    private static partial Regex SqliteTable();
}
