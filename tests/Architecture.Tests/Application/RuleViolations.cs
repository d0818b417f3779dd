using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Jobs;

namespace ReliefPlatform.Architecture.Tests.Application;

/// <summary>
/// Deliberate violations of the unit-of-work rules, for their positive controls. Never run: the rules
/// only read their IL.
/// </summary>
public static class RuleViolations
{
    public sealed record SavingCommand : ICommand<int>;

    /// <summary>Saves itself instead of leaving it to the behavior.</summary>
    public sealed class SavingCommandHandler(IApplicationDbContext db) : IRequestHandler<SavingCommand, int>
    {
        public Task<int> Handle(SavingCommand request, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
    }

    public sealed record StepSavingCommand : ICommand<int>;

    /// <summary>Saves before it ends, through a helper, although its command is not an <see cref="ISavesInSteps"/>.</summary>
    public sealed class StepSavingCommandHandler(IUnitOfWork unitOfWork) : IRequestHandler<StepSavingCommand, int>
    {
        public async Task<int> Handle(StepSavingCommand request, CancellationToken cancellationToken)
        {
            await Helpers.SaveNowAsync(unitOfWork, cancellationToken);
            return 1;
        }
    }

    /// <summary>Neither a command nor a query.</summary>
    public sealed record PlainRequestQuery : IRequest<int>;

    public sealed record WritingQuery : IQuery<int>;

    /// <summary>Writes every way a query must not, one of them through a helper.</summary>
    public sealed class WritingQueryHandler(IApplicationDbContext db, IAuditTrail audit, IJobScheduler jobs) : IRequestHandler<WritingQuery, int>
    {
        public async Task<int> Handle(WritingQuery request, CancellationToken cancellationToken)
        {
            db.Leads.Add(null!);
            await db.Leads.Where(l => l.Subject == request.ToString()).ExecuteDeleteAsync(cancellationToken);
            audit.Record(new AuditEntry("read"));
            await jobs.TriggerAsync("job", cancellationToken);
            _ = new SavingCommand();
            return await Helpers.SaveAsync(db, cancellationToken);
        }
    }

    private static class Helpers
    {
        public static Task SaveNowAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken) => unitOfWork.SaveAsync(cancellationToken);

        public static Task<int> SaveAsync(IApplicationDbContext db, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
    }
}
