using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Messaging;

internal sealed class UnitOfWork(IApplicationDbContext db, IDatabaseErrors databaseErrors, DomainEventDispatcher domainEvents, IWriteGate writeGate) : IUnitOfWork
{
    public const string DuplicateCode = "duplicate";

    private const string HistoryTable = "ApplicationHistory";

    private const string StagesTable = "ApplicationStages";

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await domainEvents.DispatchAsync(cancellationToken);
        try
        {
            // Inside a transaction the gate is already held (the behaviour took it for the whole command).
            await using var turn = db.Database.CurrentTransaction is null ? await writeGate.EnterAsync(cancellationToken) : null;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw ConcurrencyConflict.Create(ex.Entries.Select(e => e.Metadata.ClrType).FirstOrDefault(), ex);
        }
        catch (DbUpdateException ex) when (databaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();

            // Two writers of one application both numbered their history step (or the stage they ended) n + 1:
            // EF may insert it before it updates the versioned row, so the loser fails here rather than on the version.
            throw databaseErrors.UniqueViolationTable(ex) is HistoryTable or StagesTable
                ? ConcurrencyConflict.Create(inner: ex)
                : new ConflictException(
                    DuplicateCode,
                    Text.Pick("已有相同的记录，可能已经提交过。", "A matching record already exists; it may have been submitted already."),
                    ex);
        }
    }
}
