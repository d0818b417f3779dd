using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.BackgroundJobs;
using ReliefPlatform.Infrastructure.Identity;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Audit;
using ReliefPlatform.Application.Audit;
using ReliefPlatform.Application.Security.ProtectPersonalData;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Infrastructure.Reports;
using ReliefPlatform.Infrastructure.Persistence.Seeding;
using ReliefPlatform.Infrastructure.Persistence.Sql;
using ReliefPlatform.Infrastructure.Security;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Infrastructure;

public static class DependencyInjection
{
    public const string OutboxDelivery = "Outbox";
    public const string HttpDelivery = "Http";
    public const string NoDelivery = "None";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Relief")
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "data", "relief.db")}"
                : throw new InvalidOperationException($"ConnectionStrings:Relief is required for {provider}."));
        services.AddDbContext<ReliefDbContext>(options => options.UseRelief(provider, connectionString));
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ReliefDbContext>());
        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddSingleton(SqlDialect.For(provider));
        services.AddScoped<INotificationReadMarks, NotificationReadMarks>();

        var seedData = new SeedDataDirectory(configuration["SeedData:Path"] ?? Path.Combine(AppContext.BaseDirectory, "SeedData"));
        services.AddSingleton(seedData);
        services.AddSingleton(new CatalogFile(Path.Combine(seedData.Path, "catalog.json")));
        services.AddSingleton<ICatalog, CachedCatalog>();
        services.AddSingleton<IWorkingCalendarProvider, CachedWorkingCalendar>();
        services.AddSingleton<IRegionDirectory>(new RegionDirectory(seedData.Path));
        services.AddSingleton(Domain.Monitoring.MonitoringRuleSet.FromJson(File.ReadAllText(Path.Combine(seedData.Path, "monitoring-rules.json"))));
        services.TryAddTimeProvider();

        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.SigningKey.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be set to a secret of at least 32 characters.");
        }

        services.AddSingleton(auth);
        var personalData = PersonalDataKeyRing.FromConfiguration(configuration);
        services.AddSingleton(personalData);
        services.AddSingleton<IPersonalDataIndex>(personalData);
        services.AddScoped<IPersonalDataRewriter, PersonalDataRewriter>();
        services.AddSingleton(new AuditChain(AuditKey(configuration, auth)));
        services.AddScoped<IAuditVerifier, AuditChainVerifier>();
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddSingleton<ITotpSecretProtector>(new TotpSecretProtector(TotpSecretProtector.KeyOf(auth)));
        services.AddSingleton(SignInSettingsOf(configuration));

        services.AddSmsDelivery(configuration);

        services.AddSingleton(new ExportSettings
        {
            BackgroundRowThreshold = configuration.GetValue("Exports:BackgroundRowThreshold", 20_000),
            ProgressEvery = configuration.GetValue("Exports:ProgressEvery", 10_000),
        });
        services.AddSingleton<IExportStore>(new FileExportStore(
            configuration["Exports:Directory"] ?? Path.Combine(environment.ContentRootPath, "data", "exports")));
        services.AddSingleton<IReportFileWriter, ReportFileWriter>();
        services.AddSingleton<ReliefPlatform.Application.Attachments.IAttachmentStore>(new Attachments.FileAttachmentStore(
            configuration["Attachments:Directory"] ?? Path.Combine(environment.ContentRootPath, "data", "attachments"), personalData));
        services.AddScoped<IConsistentRead, ConsistentRead>();

        services.AddBackgroundJobs(configuration, provider, connectionString);
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>Audit:ChainKey</c> (base64, 32 bytes) when set; otherwise derived from the signing key. Set it
    /// apart in production: the chain can only be verified with the key it was written under.
    /// </summary>
    private static byte[] AuditKey(IConfiguration configuration, AuthOptions auth) =>
        configuration["Audit:ChainKey"] is { Length: > 0 } key
            ? Convert.FromBase64String(key) is { Length: >= 32 } bytes ? bytes : throw new InvalidOperationException("Audit:ChainKey must be at least 32 bytes, base64-encoded.")
            : System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("audit-chain:" + auth.SigningKey));

    /// <summary><c>Sms:Delivery</c>: <c>Outbox</c> (a table, for development), <c>Http</c> (the gateway) or <c>None</c>.</summary>
    private static void AddSmsDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        var delivery = configuration["Sms:Delivery"] ?? NoDelivery;
        if (IsOutbox(configuration))
        {
            services.AddScoped<ISmsSender, DevSmsOutbox>();
        }
        else if (string.Equals(delivery, HttpDelivery, StringComparison.OrdinalIgnoreCase))
        {
            var gateway = configuration.GetSection(SmsGatewayOptions.Section).Get<SmsGatewayOptions>() ?? new SmsGatewayOptions();
            gateway.Validate();
            services.AddSingleton(gateway);

            // Each attempt has its own timeout (HttpSmsSender); the client's own would cut the retries short.
            services.AddHttpClient<ISmsSender, HttpSmsSender>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        }
        else if (string.Equals(delivery, NoDelivery, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }
        else
        {
            throw new InvalidOperationException($"Sms:Delivery must be {OutboxDelivery}, {HttpDelivery} or {NoDelivery}, not '{delivery}'.");
        }
    }

    /// <summary>
    /// <c>Auth:Lockout:{MaxFailedAttempts,Minutes}</c> and
    /// <c>Auth:Sessions:{Staff,Resident}:{IdleMinutes,AbsoluteMinutes}</c>, over the defaults of <see cref="SignInSettings"/>.
    /// </summary>
    private static SignInSettings SignInSettingsOf(IConfiguration configuration)
    {
        var defaults = new SignInSettings();
        var lockout = new LockoutPolicy(
            Positive(configuration, "Auth:Lockout:MaxFailedAttempts", defaults.Lockout.MaxFailedAttempts),
            TimeSpan.FromMinutes(Positive(configuration, "Auth:Lockout:Minutes", (int)defaults.Lockout.Period.TotalMinutes)));
        return new SignInSettings
        {
            Lockout = lockout,
            StaffSession = Lifetime(configuration, "Auth:Sessions:Staff", defaults.StaffSession),
            ResidentSession = Lifetime(configuration, "Auth:Sessions:Resident", defaults.ResidentSession),
        };

        static SessionLifetime Lifetime(IConfiguration configuration, string section, SessionLifetime fallback) => new(
            TimeSpan.FromMinutes(Positive(configuration, section + ":IdleMinutes", (int)fallback.Idle.TotalMinutes)),
            TimeSpan.FromMinutes(Positive(configuration, section + ":AbsoluteMinutes", (int)fallback.Absolute.TotalMinutes)));

        static int Positive(IConfiguration configuration, string key, int fallback) =>
            configuration.GetValue(key, fallback) is > 0 and var value ? value : throw new InvalidOperationException($"{key} must be a positive whole number.");
    }

    /// <summary>Whether SMS goes to the development outbox (<c>Sms:Delivery</c> = <c>Outbox</c>).</summary>
    public static bool IsOutbox(IConfiguration configuration) =>
        string.Equals(configuration["Sms:Delivery"], OutboxDelivery, StringComparison.OrdinalIgnoreCase);

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
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
