using Quartz;
using ReliefPlatform.Application.Jobs;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        foreach (var definition in JobDefinition.All)
        {
            var triggers = await scheduler.GetTriggersOfJob(new JobKey(definition.Name), cancellationToken);
            var cron = triggers.OfType<ICronTrigger>().FirstOrDefault();
            jobs.Add(new ScheduledJob(
                definition.Name,
                definition.Description,
                cron?.CronExpressionString ?? "",
                cron?.TimeZone.Id ?? "",
                cron?.NextFireTimeUtc,
                cron?.PreviousFireTimeUtc));
        }

        return jobs;
    }

    public async Task<bool> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        if (JobDefinition.Find(name) is null)
        {
            return false;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(name), cancellationToken);
        return true;
    }
}
