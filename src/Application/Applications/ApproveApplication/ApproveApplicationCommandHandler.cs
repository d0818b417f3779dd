using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ApproveApplication;

internal sealed class ApproveApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ApplicationDetailsMapper mapper, TimeProvider clock)
    : ApplicationActionHandler<ApproveApplicationCommand>(db, user, mapper, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, ApproveApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Approve(actor, nowUtc, request.Reason, request.Benefit);
        return Task.CompletedTask;
    }
}
