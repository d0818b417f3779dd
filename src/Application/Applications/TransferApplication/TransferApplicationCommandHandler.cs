using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.TransferApplication;

internal sealed class TransferApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<TransferApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, TransferApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var target = TransferApplicationCommandValidator.TargetItem(snapshot, request, application.ItemCode)
            ?? throw new ValidationException("itemCode", Text.Pick("请选择转办部门负责的事项。", "Choose which of that department's service items this application is for."));
        var calendar = await calendars.GetAsync(cancellationToken);
        application.Transfer(actor, nowUtc, calendar, target, request.Reason, snapshot.IntakeTimeLimitWorkingDays);
    }
}
