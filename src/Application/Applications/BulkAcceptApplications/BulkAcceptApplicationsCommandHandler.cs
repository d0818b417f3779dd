using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications.AcceptApplication;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.BulkAcceptApplications;

internal sealed class BulkAcceptApplicationsCommandHandler(IMediator mediator, IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<BulkAcceptApplicationsCommand, BulkAcceptResult>
{
    public async Task<BulkAcceptResult> Handle(BulkAcceptApplicationsCommand request, CancellationToken cancellationToken)
    {
        // Tracking numbers of the ones in the caller's queue, so a refusal names its case too; others stay unnamed.
        var ids = request.Ids.Distinct().ToList();
        var numbers = await db.Applications.AsNoTracking().VisibleTo(user).Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.TrackingNumber, cancellationToken);
        var results = new List<BulkAcceptOutcome>(ids.Count);
        foreach (var id in ids)
        {
            var outcome = await AcceptOneAsync(id, cancellationToken);
            results.Add(outcome with { TrackingNumber = outcome.TrackingNumber ?? numbers.GetValueOrDefault(id) });

            // Each acceptance is its own unit of work; a refused one must leave nothing behind for the next.
            db.ChangeTracker.Clear();
        }

        return new BulkAcceptResult(results, results.Count(r => r.Accepted), results.Count(r => !r.Accepted));
    }

    private async Task<BulkAcceptOutcome> AcceptOneAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var accepted = await mediator.Send(new AcceptApplicationCommand(id), cancellationToken);
            return new BulkAcceptOutcome(id, accepted.TrackingNumber, true, null, null, accepted.Version);
        }
        catch (NotFoundException)
        {
            return new BulkAcceptOutcome(id, null, false, "not-found", Text.Pick("队列中没有这份申请。", "This application is not in your queue."), null);
        }
        catch (DomainException ex)
        {
            return new BulkAcceptOutcome(id, null, false, ex.Code, ex.Message, null);
        }
        catch (ConflictException ex)
        {
            return new BulkAcceptOutcome(id, null, false, ex.Code, ex.Message, null);
        }
    }
}
