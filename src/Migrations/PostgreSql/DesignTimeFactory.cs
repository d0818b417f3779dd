using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql;

/// <summary>
/// <c>dotnet ef migrations add Name --project src/Migrations/PostgreSql</c> (after <c>dotnet tool restore</c>)
/// generates the next PostgreSQL migration here; no server is needed for that (ADR 0022).
/// </summary>
public sealed class DesignTimeFactory() : ReliefDesignTimeDbContextFactory(DatabaseProvider.PostgreSql, "Host=localhost;Database=relief");
