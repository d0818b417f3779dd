using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports.RunExports;

/// <summary>
/// The export job: writes the queued large exports one by one. Like message delivery, each export is
/// claimed with a lease by a conditional update, so of several nodes one writes it, and an export whose
/// node died is taken up again after the lease. Each export's outcome is saved as it is known.
/// </summary>
public sealed record RunExportsCommand(int MaxExports = 5) : ICommand<RunExportsResult>, ISavesInSteps
{
    public const string JobName = "run-exports";
}

public sealed record RunExportsResult(int Done, int Failed);

internal sealed partial class RunExportsCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, CompletionExporter exporter, ExportSettings settings, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<RunExportsCommandHandler> logger)
    : IRequestHandler<RunExportsCommand, RunExportsResult>
{
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int MaxAttempts = 3;

    public async Task<RunExportsResult> Handle(RunExportsCommand request, CancellationToken cancellationToken)
    {
        int done = 0, failed = 0;
        for (var i = 0; i < request.MaxExports; i++)
        {
            var export = await ClaimNextAsync(cancellationToken);
            if (export is null)
            {
                break;
            }

            try
            {
                await exporter.GenerateAsync(export, rows => ReportProgressAsync(export.Id, rows, cancellationToken), cancellationToken);
                done++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (export.Attempts < MaxAttempts)
                {
                    // Nothing saved: the claim lapses and a later run tries again.
                    LogRetrying(logger, export.Id, ex);
                    db.ChangeTracker.Clear();
                    continue;
                }

                LogFailed(logger, export.Id, ex);
                export.Fail($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow().UtcDateTime);
                failed++;
            }

            await unitOfWork.SaveAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new RunExportsResult(done, failed);
    }

    private async Task<ReportExport?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.ReportExports.AsNoTracking()
            .Where(e => e.Status == ExportStatus.Queued || (e.Status == ExportStatus.Running && e.LockedUntil < now))
            .OrderBy(e => e.RequestedAt)
            .Select(e => e.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var claimedAt = clock.GetUtcNow().UtcDateTime;
            var lockedUntil = claimedAt + Lease;
            var claimed = await db.ReportExports
                .Where(e => e.Id == id && (e.Status == ExportStatus.Queued || (e.Status == ExportStatus.Running && e.LockedUntil < claimedAt)))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExportStatus.Running).SetProperty(e => e.LockedUntil, lockedUntil)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return await db.ReportExports.SingleAsync(e => e.Id == id, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Written through a scope of its own: the export's reads run in a transaction that must not carry writes.</summary>
    private async Task ReportProgressAsync(Guid id, long rows, CancellationToken cancellationToken)
    {
        if (rows % settings.ProgressEvery != 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var progressDb = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var lockedUntil = clock.GetUtcNow().UtcDateTime + Lease;
        await progressDb.ReportExports.Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RowsWritten, rows).SetProperty(e => e.LockedUntil, lockedUntil), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export {ExportId} failed; it will be tried again after its lease.")]
    private static partial void LogRetrying(ILogger logger, Guid exportId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export {ExportId} failed for good.")]
    private static partial void LogFailed(ILogger logger, Guid exportId, Exception exception);
}
