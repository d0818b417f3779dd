using Hangfire;
using Hangfire.Storage;
using ReliefPlatform.Application.Jobs;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>The application's view of Hangfire: the recurring jobs as stored, and "run now" (ADR 0024).</summary>
internal sealed class HangfireJobScheduler(JobStorage storage, IRecurringJobManagerV2 recurring) : IJobScheduler
{
    public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs(JobDefinition.All.Select(j => j.Name)).ToDictionary(j => j.Id, StringComparer.Ordinal);
        IReadOnlyList<ScheduledJob> jobs = JobDefinition.All.Select(definition =>
        {
            var job = stored.GetValueOrDefault(definition.Name);
            return new ScheduledJob(
                definition.Name,
                definition.Description,
                job?.Cron == Cron.Never() ? BackgroundJobRegistration.Never : job?.Cron ?? "",
                job?.TimeZoneId ?? "",
                Utc(job?.NextExecution),
                Utc(job?.LastExecution));
        }).ToList();
        return Task.FromResult(jobs);
    }

    public Task<bool> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        if (JobDefinition.Find(name) is null)
        {
            return Task.FromResult(false);
        }

        recurring.TriggerJob(name);
        return Task.FromResult(true);
    }

    private static DateTimeOffset? Utc(DateTime? instant) =>
        instant is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
