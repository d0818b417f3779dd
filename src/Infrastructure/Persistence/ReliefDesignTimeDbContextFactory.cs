using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Design;
using ReliefPlatform.Infrastructure.Security;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// How <c>dotnet ef</c> builds the context in each migrations project: the service's options and a
/// throw-away key ring, so the model it diffs carries the same encrypting converters as the running
/// service's. <c>dotnet ef database update</c> takes the real database with <c>--connection</c>.
/// </summary>
public abstract class ReliefDesignTimeDbContextFactory(DatabaseProvider provider, string connectionString) : IDesignTimeDbContextFactory<ReliefDbContext>
{
    public ReliefDbContext CreateDbContext(string[] args) => Create(provider, connectionString);

    /// <summary>A context as the service builds it, for a database that may not exist (models, scripts).</summary>
    public static ReliefDbContext Create(DatabaseProvider provider, string connectionString) =>
        new(ReliefDbContextOptions.For(provider, connectionString), personalData: new PersonalDataProtector(
            new Dictionary<string, byte[]> { ["design"] = RandomNumberGenerator.GetBytes(32) }, "design", RandomNumberGenerator.GetBytes(32)));
}
