using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Infrastructure.Persistence.Audit;

/// <summary>
/// Chains the records that saves wrote with their own seals: in order of occurrence (then of writing:
/// the ids of one process only grow), a batch at a time,
/// under the lock of the chain's head, in a transaction of its own (ADR 0027). Every node runs one; they
/// take turns on the head. Woken by each save that wrote records, and once a second for records whose
/// node stopped before it chained them. A record whose own seal does not match its fields (edited, or
/// written without the key) is never chained: it stays behind, and the verifier names it.
/// </summary>
public sealed partial class AuditSealer(IServiceScopeFactory scopes, AuditChain chain, ILogger<AuditSealer> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    // A pass costs the same for one record as for hundreds: a moment's wait after the first signal lets
    // the records of the saves around it join the same pass.
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(100);

    /// <summary>Chains every record waiting now; answers how many.</summary>
    public async Task<int> SealPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var (read, chained) = await SealBatchAsync(cancellationToken);
            total += chained;
            if (read < BatchSize || chained == 0)
            {
                return total;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await chain.WaitForPendingAsync(Poll, stoppingToken);
                await Task.Delay(Gather, stoppingToken);
                await SealPendingAsync(stoppingToken);
                failing = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The records wait in the database, sealed on their own, until the next pass succeeds.
                if (!failing)
                {
                    LogSealingFailed(ex);
                }

                failing = true;
            }
        }
    }

    private async Task<(int Read, int Chained)> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        if (!await db.AuditRecords.AnyAsync(r => r.Sequence == null, cancellationToken))
        {
            return (0, 0);
        }

        await using var turn = await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A write first: on PostgreSQL and SQL Server it takes the head row's lock, on SQLite the database's.
        var heads = db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId);
        await heads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);
        var head = await heads.AsNoTracking().SingleAsync(cancellationToken);
        var batch = await db.AuditRecords.Where(r => r.Sequence == null)
            .OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);

        var (sequence, hash) = (head.Sequence, head.Hash);
        var refused = new List<AuditRecord>();
        foreach (var record in batch)
        {
            if (!chain.HasItsOwnSeal(record))
            {
                refused.Add(record);
                continue;
            }

            var next = chain.HashOf(record, sequence + 1, hash);
            record.Seal(sequence + 1, hash, next);
            (sequence, hash) = (sequence + 1, next);
        }

        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveAsync(cancellationToken);
        await heads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var record in refused)
        {
            LogRefused(record.Id);
        }

        return (batch.Count, batch.Count - refused.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chaining audit records failed; retrying every second")]
    private partial void LogSealingFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record {Id} does not match its own seal (edited, or written without the key); it is not chained")]
    private partial void LogRefused(Guid id);
}
