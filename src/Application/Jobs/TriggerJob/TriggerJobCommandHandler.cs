using MediatR;
using ReliefPlatform.Application.Common.Exceptions;

namespace ReliefPlatform.Application.Jobs.TriggerJob;

internal sealed class TriggerJobCommandHandler(IJobScheduler scheduler) : IRequestHandler<TriggerJobCommand, Unit>
{
    public async Task<Unit> Handle(TriggerJobCommand request, CancellationToken cancellationToken) =>
        await scheduler.TriggerAsync(request.Name, cancellationToken) ? Unit.Value : throw new NotFoundException();
}
