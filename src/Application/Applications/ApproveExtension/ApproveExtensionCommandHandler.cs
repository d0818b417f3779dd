using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ApproveExtension;

internal sealed class ApproveExtensionCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<ApproveExtensionCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, ApproveExtensionCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken) =>
        application.ApproveExtension(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Note);
}
