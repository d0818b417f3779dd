using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>
/// Runs one job: records the run, sends the job's command in a fresh scope (so logging, validation
/// and the transaction apply as for an HTTP request), and records what it did. A failure is logged
/// and recorded, never thrown into the scheduler, so one bad run does not stop the host.
/// </summary>
internal sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, NodeIdentity node, ILogger<JobRunner> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(JobDefinition job, CancellationToken cancellationToken)
    {
        long runId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var run = new JobRun(job.Name, node.Id, clock.GetUtcNow().UtcDateTime);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            runId = run.Id;
        }

        string summary;
        var succeeded = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await job.Send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
            summary = JsonSerializer.Serialize(result, Json);
            succeeded = true;
            LogSucceeded(logger, job.Name, summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            summary = $"{ex.GetType().Name}: {ex.Message}";
            LogFailed(logger, job.Name, ex);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            var finished = clock.GetUtcNow().UtcDateTime;
            if (succeeded)
            {
                run.Succeed(finished, summary);
            }
            else
            {
                run.Fail(finished, summary);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobName} succeeded: {Summary}")]
    private static partial void LogSucceeded(ILogger logger, string jobName, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobName} failed")]
    private static partial void LogFailed(ILogger logger, string jobName, Exception exception);
}

/// <summary>This process's name in job runs and in the scheduler cluster.</summary>
internal sealed record NodeIdentity(string Id);
