using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RequestExtension;

internal sealed class RequestExtensionCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog)
    : ApplicationActionHandler<RequestExtensionCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RequestExtensionCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode);
        application.RequestExtension(actor, nowUtc, request.WorkingDays, request.Reason, item?.MaxExtensionWorkingDays ?? 0);
    }
}
