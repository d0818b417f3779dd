using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RecordSupplement;

internal sealed class RecordSupplementCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<RecordSupplementCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RecordSupplementCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken) =>
        application.Supplement(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Text);
}
