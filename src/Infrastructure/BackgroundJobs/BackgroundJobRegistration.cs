using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

internal static class BackgroundJobRegistration
{
    /// <summary>
    /// Quartz with a persistent store: clustered on PostgreSQL and SQL Server (each trigger fires on one node), a
    /// single-node store on SQLite in a file of its own beside the database, so the scheduler's locks
    /// never wait on the service's writes. The scheduler runs in processes whose <c>Node:Role</c> is
    /// <c>All</c> or <c>Jobs</c>; a <c>Web</c> node can still list and trigger jobs through the store.
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
        services.AddSingleton(node);
        services.AddSingleton<JobRunner>();
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = configuration["Jobs:SchedulerName"] ?? "relief";
                o.InstanceId = node.Id;
            });
            q.UsePersistentStore(store =>
            {
                switch (provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(connectionString);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(connectionString);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                        break;
                    default:
                        store.UseSqlite(JobStoreConnectionString(connectionString));
                        break;
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });

            foreach (var job in JobDefinition.All)
            {
                var cron = configuration[$"Jobs:Schedules:{job.Name}"] ?? job.DefaultCron;
                q.AddJob<CommandJob>(j => j.WithIdentity(job.Name).WithDescription(job.Description).StoreDurably());
                q.AddTrigger(t => t
                    .ForJob(job.Name)
                    .WithIdentity($"{job.Name}-schedule")
                    .WithCronSchedule(cron, c => c.InTimeZone(ChinaTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });

        var role = configuration["Node:Role"] ?? "All";
        if (configuration.GetValue("Jobs:Enabled", true) && !string.Equals(role, "Web", StringComparison.OrdinalIgnoreCase))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary><c>data/relief.db</c> → <c>data/relief.jobs.db</c>.</summary>
    internal static string JobStoreConnectionString(string sqliteConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        builder.DataSource = Path.ChangeExtension(builder.DataSource, ".jobs.db");
        return builder.ConnectionString;
    }
}
