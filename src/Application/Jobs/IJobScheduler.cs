namespace ReliefPlatform.Application.Jobs;

/// <summary>The scheduler (Hangfire here; ADR 0024) as the application sees it: what is scheduled, and "run now".</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Queues a run now; false when there is no such job.</summary>
    Task<bool> TriggerAsync(string name, CancellationToken cancellationToken);
}

public sealed record ScheduledJob(
    string Name,
    string Description,
    string Schedule,
    string TimeZone,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? PreviousRunAt);
