using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.SqlServer;

/// <summary>
/// <c>dotnet ef migrations add Name --project src/Migrations/SqlServer</c> (after <c>dotnet tool restore</c>)
/// generates the next SQL Server migration here; no server is needed for that (ADR 0022).
/// </summary>
public sealed class DesignTimeFactory() : ReliefDesignTimeDbContextFactory(DatabaseProvider.SqlServer, "Server=localhost;Database=Relief;Integrated Security=true;TrustServerCertificate=true");
