using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ApproveApplication;

internal sealed class ApproveApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<ApproveApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, ApproveApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Approve(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Reason, request.Benefit);
    }
}
