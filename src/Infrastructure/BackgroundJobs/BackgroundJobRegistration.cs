using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

internal static class BackgroundJobRegistration
{
    /// <summary>Switches a schedule off (<c>Jobs:Schedules:{name}</c> = <c>never</c>).</summary>
    public const string Never = "never";

    /// <summary>
    /// Hangfire (ADR 0024), its storage by deployment: in memory beside the embedded SQLite database
    /// (one node), PostgreSQL or SQL Server for several nodes. Every object is this host's own rather
    /// than Hangfire's static <c>JobStorage.Current</c>, so several hosts in one process (the tests)
    /// never run each other's jobs. The server runs where <c>Node:Role</c> is <c>All</c> or <c>Jobs</c>;
    /// a <c>Web</c> node lists and triggers jobs through the shared storage.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        services.AddSingleton(new DeadlinePolicy(
            configuration.GetValue("Deadlines:ReminderWorkingDays", 2),
            configuration.GetValue("Deadlines:EscalationWorkingDays", 10)));
        services.AddScoped<IDeadlineSweep, DeadlineSweep>();
        services.AddScoped<StatisticsSnapshotWriter>();
        services.AddScoped<IStatisticsSnapshotWriter>(sp => sp.GetRequiredService<StatisticsSnapshotWriter>());
        services.AddScoped<Application.Reports.ILiveFigures>(sp => sp.GetRequiredService<StatisticsSnapshotWriter>());

        var node = new NodeIdentity(configuration["Node:Id"] is { Length: > 0 } id ? id : $"{Environment.MachineName}-{Environment.ProcessId}");
        var role = configuration["Node:Role"] ?? "All";
        var settings = JobSettings.From(configuration);
        if (provider == DatabaseProvider.Sqlite && !string.Equals(role, "All", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Node:Role={role} needs a job store shared between nodes; on SQLite the jobs are kept in this process's memory, so the only role is All. Use PostgreSQL or SQL Server to separate web and job nodes.");
        }

        services.AddSingleton(node);
        services.AddSingleton(settings);
        services.AddSingleton<JobRunner>();
        services.AddTransient(sp => new RecurringCommandJob(sp.GetRequiredService<JobRunner>()));
        services.AddSingleton<IJobRunLock>(provider switch
        {
            DatabaseProvider.PostgreSql => DatabaseJobRunLock.PostgreSql(connectionString),
            DatabaseProvider.SqlServer => DatabaseJobRunLock.SqlServer(connectionString),
            _ => new InProcessJobRunLock(),
        });
        services.AddSingleton<JobStorage>(_ => Storage(provider, connectionString, settings));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(HangfireLogBridge.Instance)
            .UseDashboardStylesheet(typeof(BackgroundJobRegistration).Assembly, "ReliefPlatform.Infrastructure.BackgroundJobs.dashboard-contrast.css"));
        services.AddHostedService<HangfireHostBinding>();
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddHostedService<RecurringJobSchedules>();

        if (configuration.GetValue("Jobs:Enabled", true) && !string.Equals(role, "Web", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHangfireServer((_, o) =>
            {
                o.ServerName = node.Id;
                o.WorkerCount = settings.Workers;

                // The recurring scheduler polls at this interval: the 15 s and 20 s jobs need it short.
                o.SchedulePollingInterval = settings.PollInterval;
                o.ShutdownTimeout = TimeSpan.FromSeconds(30);
            });
        }

        return services;
    }

    private static JobStorage Storage(DatabaseProvider provider, string connectionString, JobSettings settings) => provider switch
    {
        // Sliding invisibility: a fetched job stays invisible while its worker lives, however long it runs,
        // and comes back after the timeout only when the node died.
        DatabaseProvider.PostgreSql => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(connectionString, PostgreSqlOptions(settings)), PostgreSqlOptions(settings)),
        DatabaseProvider.SqlServer => new SqlServerStorage(connectionString, new SqlServerStorageOptions
        {
            SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
            SlidingInvisibilityTimeout = settings.InvisibilityTimeout,
            QueuePollInterval = settings.PollInterval,
            UseRecommendedIsolationLevel = true,
            DisableGlobalLocks = true,
        }),
        _ => new InMemoryStorage(new InMemoryStorageOptions()),
    };

    private static PostgreSqlStorageOptions PostgreSqlOptions(JobSettings settings) => new()
    {
        InvisibilityTimeout = settings.InvisibilityTimeout,
        UseSlidingInvisibilityTimeout = true,
        QueuePollInterval = settings.PollInterval,
        PrepareSchemaIfNecessary = true,

        // Also how long a lock of a node killed while holding it blocks others (e.g. one job's schedule).
        DistributedLockTimeout = settings.LockTimeout,
    };
}

/// <summary><c>Jobs:Workers</c>, <c>Jobs:PollIntervalSeconds</c>, <c>Jobs:InvisibilityTimeoutSeconds</c>, <c>Jobs:LockTimeoutSeconds</c>.</summary>
internal sealed record JobSettings(int Workers, TimeSpan PollInterval, TimeSpan InvisibilityTimeout, TimeSpan LockTimeout)
{
    public static JobSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Jobs:Workers", 4) is > 0 and var workers ? workers : throw new InvalidOperationException("Jobs:Workers must be a positive whole number."),
        Seconds(configuration, "Jobs:PollIntervalSeconds", 1),
        Seconds(configuration, "Jobs:InvisibilityTimeoutSeconds", 300),
        Seconds(configuration, "Jobs:LockTimeoutSeconds", 60));

    private static TimeSpan Seconds(IConfiguration configuration, string key, double fallback) =>
        configuration.GetValue(key, fallback) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : throw new InvalidOperationException($"{key} must be a positive number of seconds.");
}

/// <summary>
/// Writes each job's schedule (China time, <c>Jobs:Schedules:{name}</c> over the default) into the
/// storage at start-up, where it differs from what is stored. Missed runs are caught up once
/// (Hangfire's relaxed misfire handling), as the scheduler before it did. A schedule whose lock a
/// killed node still holds is written later, in the background: it must not stop the node starting.
/// </summary>
internal sealed partial class RecurringJobSchedules(
    IRecurringJobManagerV2 recurring, JobStorage storage, IConfiguration configuration, ILogger<RecurringJobSchedules> logger) : BackgroundService
{
    private IReadOnlyList<JobDefinition> _pending = JobDefinition.All;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _pending = WriteAll(_pending);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (_pending.Count > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            _pending = WriteAll(_pending);
        }
    }

    private List<JobDefinition> WriteAll(IReadOnlyList<JobDefinition> jobs)
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs(jobs.Select(j => j.Name)).ToDictionary(j => j.Id, StringComparer.Ordinal);
        var failed = new List<JobDefinition>();
        foreach (var job in jobs)
        {
            var cron = CronOf(job);
            if (stored.GetValueOrDefault(job.Name) is { Job: not null, LoadException: null } current
                && current.Cron == cron && current.TimeZoneId == ChinaTime.Zone.Id)
            {
                continue;
            }

            try
            {
                recurring.AddOrUpdate<RecurringCommandJob>(
                    job.Name,
                    j => j.RunAsync(job.Name, CancellationToken.None),
                    cron,
                    new RecurringJobOptions { TimeZone = ChinaTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
            }
            catch (Exception ex) when (ex is DistributedLockTimeoutException or PostgreSqlDistributedLockException)
            {
                LogLocked(logger, job.Name, ex);
                failed.Add(job);
            }
        }

        return failed;
    }

    private string CronOf(JobDefinition job)
    {
        var cron = configuration[$"Jobs:Schedules:{job.Name}"] ?? job.DefaultCron;
        return string.Equals(cron, BackgroundJobRegistration.Never, StringComparison.OrdinalIgnoreCase) ? Cron.Never() : cron;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The schedule of job {JobName} is locked (by a node that stopped mid-update?); it will be written again shortly")]
    private static partial void LogLocked(ILogger logger, string jobName, Exception exception);
}
