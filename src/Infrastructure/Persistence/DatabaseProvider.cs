using Microsoft.EntityFrameworkCore;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>The three databases the service runs on (ADR 0005): <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under <c>data/</c>, one node.</summary>
    Sqlite,

    /// <summary>Production: a server database, several nodes.</summary>
    PostgreSql,

    /// <summary>The design card's database, supported and checked without an engine here (ADR 0005).</summary>
    SqlServer,
}

public static class DatabaseProviders
{
    /// <summary>Reads <c>Database:Provider</c> (case-insensitive; "PostgreSQL" and "SqlServer" as written in settings).</summary>
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
        "SQLSERVER" or "MSSQL" => DatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException($"Database:Provider must be Sqlite, PostgreSQL or SqlServer, not '{value}'."),
    };

    /// <summary>Which provider a context was built with.</summary>
    public static DatabaseProvider Of(DbContext db) =>
        db.Database.IsSqlite() ? DatabaseProvider.Sqlite
        : db.Database.IsNpgsql() ? DatabaseProvider.PostgreSql
        : db.Database.IsSqlServer() ? DatabaseProvider.SqlServer
        : throw new InvalidOperationException($"Unsupported database provider {db.Database.ProviderName}.");
}
