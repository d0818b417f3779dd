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
        services.AddSingleton(sp => new DbCommandTelemetry(sp.GetRequiredService<Application.Common.Telemetry.ReliefTelemetry>(), database.Provider));
        services.AddDbContext<ReliefDbContext>((sp, options) => options.UseRelief(database.Provider, database.ConnectionString)
            .AddInterceptors(sp.GetRequiredService<DbCommandTelemetry>()));
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ReliefDbContext>());
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddSingleton(SqlDialect.For(database.Provider));
        services.AddScoped<INotificationReadMarks, NotificationReadMarks>();
        services.AddScoped<IConsistentRead, ConsistentRead>();
        services.AddSingleton<IWriteGate>(database.Provider == DatabaseProvider.Sqlite ? new SqliteWriteGate(database.ConnectionString) : new NoWriteGate());
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        return services;
    }
}

/// <summary>Ready when the database answers.</summary>
internal sealed class DatabaseReadyHealthCheck(ReliefDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.");
        }
    }
}

/// <summary>Ready when every migration of this version has been applied: a node of a newer version waits for the upgrade.</summary>
internal sealed class MigrationsHealthCheck(ReliefDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("No migration is pending.")
                : HealthCheckResult.Unhealthy(
                    $"{pending.Count} migration(s) pending.",
                    data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The migrations could not be read.");
        }
    }
}
