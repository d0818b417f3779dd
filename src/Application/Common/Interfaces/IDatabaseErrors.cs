using Microsoft.EntityFrameworkCore;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>Reads provider-specific database errors (SQLite, PostgreSQL) without the application knowing the provider.</summary>
public interface IDatabaseErrors
{
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>The table whose unique key <paramref name="exception"/> violated, when the provider says.</summary>
    string? UniqueViolationTable(DbUpdateException exception);
}
