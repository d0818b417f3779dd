using Hangfire;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>
/// The Hangfire job behind every schedule: it only names the job, whose command <see cref="JobRunner"/>
/// sends (ADR 0024). No retries: a failed run is recorded and shown as failed, and the next schedule
/// runs it again; the effects are exactly-once by database keys, not by the scheduler.
/// </summary>
public sealed class RecurringCommandJob
{
    private readonly JobRunner _runner;

    internal RecurringCommandJob(JobRunner runner) => _runner = runner;

    [AutomaticRetry(Attempts = 0, LogEvents = false)]
    [JobDisplayName("{0}")]
    public Task RunAsync(string name, CancellationToken cancellationToken) =>
        JobDefinition.Find(name) is { } job ? _runner.RunAsync(job, cancellationToken) : Task.CompletedTask;
}
