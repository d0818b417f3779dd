using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RejectApplication;

internal sealed class RejectApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ApplicationDetailsMapper mapper, TimeProvider clock)
    : ApplicationActionHandler<RejectApplicationCommand>(db, user, mapper, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, RejectApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Reject(actor, nowUtc, request.Reason);
        return Task.CompletedTask;
    }
}
