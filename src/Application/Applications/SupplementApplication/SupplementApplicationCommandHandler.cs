using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;

namespace ReliefPlatform.Application.Applications.SupplementApplication;

internal sealed class SupplementApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<SupplementApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, SupplementApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Supplement(actor, nowUtc, await calendars.GetAsync(cancellationToken), request.Text);
        await AttachmentLinks.LinkAsync(Db, actor.Id ?? throw new UnauthorizedAccessException(), request.AttachmentIds, application.Id, AttachmentStage.Supplement, cancellationToken);
    }
}
