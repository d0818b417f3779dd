using MediatR;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;

namespace ReliefPlatform.Application.Jobs.TriggerJob;

internal sealed class TriggerJobCommandHandler(IJobScheduler scheduler, IAuditTrail audit) : IRequestHandler<TriggerJobCommand, Unit>
{
    public async Task<Unit> Handle(TriggerJobCommand request, CancellationToken cancellationToken)
    {
        if (!await scheduler.TriggerAsync(request.Name, cancellationToken))
        {
            throw new NotFoundException();
        }

        audit.Record(new AuditEntry("job.triggered", AuditObjects.Job, request.Name));
        return Unit.Value;
    }
}
