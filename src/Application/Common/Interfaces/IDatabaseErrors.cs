using Microsoft.EntityFrameworkCore;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>Reads provider-specific database errors (SQLite, PostgreSQL) without the application knowing the provider.</summary>
public interface IDatabaseErrors
{
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>The table whose unique key <paramref name="exception"/> violated, when the provider says.</summary>
    string? UniqueViolationTable(DbUpdateException exception);

    /// <summary>
    /// Whether <paramref name="exception"/>, or one inside it, says the database cannot serve now but may
    /// soon (unreachable, timed out, busy, out of disk): an answer to retry later, not a fault.
    /// </summary>
    bool IsUnavailable(Exception exception);
}
