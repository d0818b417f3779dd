using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RecordUrgentHelp;

internal sealed class RecordUrgentHelpCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars, ICatalog catalog)
    : ApplicationActionHandler<RecordUrgentHelpCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RecordUrgentHelpCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var rules = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)?.UrgentTrack;
        application.RecordUrgentHelp(
            actor, nowUtc, await calendars.GetAsync(cancellationToken), rules, Enum.Parse<UrgentHelpKind>(request.Kind), request.Amount, request.Goods, request.Reason);
    }
}
