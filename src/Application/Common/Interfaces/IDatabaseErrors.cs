using Microsoft.EntityFrameworkCore;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>Reads provider-specific database errors (SQLite, PostgreSQL) without the application knowing the provider.</summary>
public interface IDatabaseErrors
{
    bool IsUniqueViolation(DbUpdateException exception);
}
