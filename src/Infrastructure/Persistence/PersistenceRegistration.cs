using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>Where the service keeps its data: <c>Database:Provider</c> and <c>ConnectionStrings:Relief</c>.</summary>
internal sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        return new(provider, configuration.GetConnectionString("Relief")
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "data", "relief.db")}"
                : throw new InvalidOperationException($"ConnectionStrings:Relief is required for {provider}.")));
    }
}

internal static class PersistenceRegistration
{
    /// <summary>The DbContext, each provider's SQL and errors, and the readiness check.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddDbContext<ReliefDbContext>(options => options.UseRelief(database.Provider, database.ConnectionString));
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ReliefDbContext>());
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddSingleton(SqlDialect.For(database.Provider));
        services.AddScoped<INotificationReadMarks, NotificationReadMarks>();
        services.AddScoped<IConsistentRead, ConsistentRead>();
        services.AddSingleton<IWriteGate>(database.Provider == DatabaseProvider.Sqlite ? new SqliteWriteGate(database.ConnectionString) : new NoWriteGate());
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}

/// <summary>Ready when the database answers and has no pending migrations.</summary>
internal sealed class DatabaseReadyHealthCheck(ReliefDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any() ? HealthCheckResult.Unhealthy("The database has pending migrations.") : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.");
        }
    }
}
