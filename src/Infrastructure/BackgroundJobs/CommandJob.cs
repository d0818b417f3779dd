using Quartz;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>The Quartz job behind every schedule: it only triggers the job's command (ADR 0003).</summary>
[DisallowConcurrentExecution]
internal sealed class CommandJob(JobRunner runner) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobDefinition.Find(context.JobDetail.Key.Name) is { } job
            ? new ValueTask(runner.RunAsync(job, cancellationToken))
            : ValueTask.CompletedTask;
}
