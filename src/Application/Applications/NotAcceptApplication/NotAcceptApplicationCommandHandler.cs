using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.NotAcceptApplication;

internal sealed class NotAcceptApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<NotAcceptApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, NotAcceptApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.NotAccept(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Reason);
    }
}
