using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.AcceptApplication;

internal sealed class AcceptApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<AcceptApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, AcceptApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!;
        application.Accept(actor, nowUtc, await calendars.GetAsync(cancellationToken), item.TimeLimitWorkingDays, item.Procedure);
    }
}
