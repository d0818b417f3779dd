using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite;

/// <summary>
/// <c>dotnet ef migrations add Name --project src/Migrations/Sqlite</c> (after <c>dotnet tool restore</c>)
/// generates the next SQLite migration here; the other providers have their own project (ADR 0022).
/// </summary>
public sealed class DesignTimeFactory() : ReliefDesignTimeDbContextFactory(DatabaseProvider.Sqlite, "Data Source=relief-design.db");
