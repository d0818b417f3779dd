using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ReleaseApplication;

internal sealed class ReleaseApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<ReleaseApplicationCommand>(db, user, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, ReleaseApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Release(actor, nowUtc);
        return Task.CompletedTask;
    }
}
