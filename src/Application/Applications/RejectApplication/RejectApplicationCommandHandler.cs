using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RejectApplication;

internal sealed class RejectApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<RejectApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RejectApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Reject(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Reason);
    }
}
