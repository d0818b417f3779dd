using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.TransferApplication;

internal sealed class TransferApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ApplicationDetailsMapper mapper, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<TransferApplicationCommand>(db, user, mapper, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, TransferApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var target = TransferApplicationCommandValidator.TargetItem(snapshot, request, application.ItemCode)!;
        var calendar = await calendars.GetAsync(cancellationToken);
        application.Transfer(actor, nowUtc, calendar, target, request.Reason, snapshot.IntakeTimeLimitWorkingDays);
    }
}
