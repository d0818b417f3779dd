using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Common.Telemetry;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.BackgroundJobs;

/// <summary>
/// Runs one job: takes the job's lock (one run at a time across nodes), records the run, sends the
/// job's command in a fresh scope (so logging, validation and the transaction apply as for an HTTP
/// request), and records what it did, each run a trace of its own and a count in the job metrics. A failure (or a cancellation) is recorded in <c>JobRuns</c> and then
/// thrown, so Hangfire shows the run as failed too; it does not retry (the next schedule does).
/// </summary>
internal sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, NodeIdentity node, IJobRunLock runLock, ReliefTelemetry telemetry, ILogger<JobRunner> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(JobDefinition job, CancellationToken cancellationToken)
    {
        await using var held = await runLock.TryAcquireAsync(job.Name, cancellationToken);
        if (held is null)
        {
            LogAlreadyRunning(logger, job.Name);
            return;
        }

        // A trace of its own: a run triggered from a request is not part of that request's work.
        Activity.Current = null;
        using var activity = ReliefTelemetry.Source.StartActivity($"job {job.Name}", ActivityKind.Internal, parentContext: default);
        activity?.SetTag("relief.job.name", job.Name);
        activity?.SetTag("relief.node", node.Id);
        var started = Stopwatch.GetTimestamp();

        long runId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var run = new JobRun(job.Name, node.Id, clock.GetUtcNow().UtcDateTime);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            runId = run.Id;
        }

        activity?.SetTag("relief.job.run_id", runId);

        string summary;
        Exception? failure = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await job.Send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
            summary = JsonSerializer.Serialize(result, Json);
            LogSucceeded(logger, job.Name, summary);
        }
        catch (OperationCanceledException ex)
        {
            // The node is stopping, or Hangfire gave the job to another worker (its lease looked stale):
            // the run still gets its end, written while the lock is held, so no run looks unfinished.
            summary = "Cancelled: the node was stopping, or the run was handed to another worker.";
            failure = ex;
        }
        catch (Exception ex)
        {
            summary = $"{ex.GetType().Name}: {ex.Message}";
            failure = ex;
            LogFailed(logger, job.Name, ex);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            var finished = clock.GetUtcNow().UtcDateTime;
            if (failure is null)
            {
                run.Succeed(finished, summary);
            }
            else
            {
                run.Fail(finished, summary);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        telemetry.JobRan(job.Name, failure is null, Stopwatch.GetElapsedTime(started));
        if (failure is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            activity?.SetTag("error.type", failure.GetType().FullName);
        }

        if (failure is OperationCanceledException)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        if (failure is not null)
        {
            throw new JobFailedException(job.Name, summary, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobName} is already running on this or another node; this run is skipped")]
    private static partial void LogAlreadyRunning(ILogger logger, string jobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobName} succeeded: {Summary}")]
    private static partial void LogSucceeded(ILogger logger, string jobName, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobName} failed")]
    private static partial void LogFailed(ILogger logger, string jobName, Exception exception);
}

/// <summary>A job's command failed; already recorded in <c>JobRuns</c>, thrown so the scheduler marks the run failed.</summary>
internal sealed class JobFailedException(string jobName, string summary, Exception inner)
    : Exception($"Job {jobName} failed: {summary}", inner);

/// <summary>This process's name in job runs and in the scheduler's server list.</summary>
internal sealed record NodeIdentity(string Id);
