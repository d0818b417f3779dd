namespace ReliefPlatform.Application.Jobs;

public enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>One run of a scheduled job: where and when it ran, and what it did or why it failed.</summary>
public sealed class JobRun
{
    public const int NameMaxLength = 64;
    public const int SummaryMaxLength = 1000;

    private JobRun()
    {
        JobName = Node = string.Empty;
    }

    public JobRun(string jobName, string node, DateTime startedAt)
    {
        JobName = jobName;
        Node = node;
        StartedAt = startedAt;
        Outcome = JobOutcome.Running;
    }

    public long Id { get; private set; }

    public string JobName { get; private set; }

    public string Node { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public JobOutcome Outcome { get; private set; }

    public string? Summary { get; private set; }

    public void Succeed(DateTime finishedAt, string summary)
    {
        FinishedAt = finishedAt;
        Outcome = JobOutcome.Succeeded;
        Summary = Truncate(summary);
    }

    public void Fail(DateTime finishedAt, string reason)
    {
        FinishedAt = finishedAt;
        Outcome = JobOutcome.Failed;
        Summary = Truncate(reason);
    }

    private static string Truncate(string text) => text.Length <= SummaryMaxLength ? text : text[..SummaryMaxLength];
}
