using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RefuseExtension;

internal sealed class RefuseExtensionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<RefuseExtensionCommand>(db, user, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, RefuseExtensionCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.RefuseExtension(actor, nowUtc, request.Reason);
        return Task.CompletedTask;
    }
}
