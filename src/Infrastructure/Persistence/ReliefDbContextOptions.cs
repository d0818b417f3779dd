using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The context's options for a provider, the one way the service, the design-time factories of the
/// migrations projects and the tests build them, so all of them see the same model (ADR 0022).
/// </summary>
public static class ReliefDbContextOptions
{
    /// <summary>
    /// Each provider's migrations live in an assembly of their own (src/Migrations/…), which the Api
    /// references; Infrastructure names it only by name, since those assemblies reference Infrastructure.
    /// </summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"ReliefPlatform.Migrations.{provider}";

    public static DbContextOptionsBuilder UseRelief(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var assembly = MigrationsAssembly(provider);
        _ = provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(WithStatementReuse(connectionString), o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly)),
            _ => options.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly)).AddInterceptors(new SqliteBusyTimeoutInterceptor()),
        };

        options.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning));
        options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
        return options;
    }

    /// <summary>
    /// The context's PostgreSQL statements are prepared once they have run a few times, and the server
    /// keeps their plans: without it the server parsed and planned each statement on every run (ADR 0031).
    /// Npgsql's reset of a connection returned to the pool keeps prepared statements. An operator's own
    /// <c>Max Auto Prepare</c> wins.
    /// </summary>
    internal static string WithStatementReuse(string connectionString) =>
        // The options are built for every request's context: parse each connection string once.
        StatementReuse.GetOrAdd(connectionString, static given => AddStatementReuse(given));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> StatementReuse = new(StringComparer.Ordinal);

    private static string AddStatementReuse(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")
            ? connectionString
            : new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    public static DbContextOptions<ReliefDbContext> For(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<ReliefDbContext>)new DbContextOptionsBuilder<ReliefDbContext>().UseRelief(provider, connectionString).Options;
}
