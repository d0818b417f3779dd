using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;

namespace ReliefPlatform.Application.Applications.SubmitApplication;

internal sealed class SubmitApplicationCommandHandler(IApplicationDbContext db, ApplicationIntake intake, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitApplicationCommand, SubmittedApplicationDto>
{
    public async Task<SubmittedApplicationDto> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        var residentId = user.RequiredId();
        var relationship = request.Relationship is { } named ? Enum.Parse<Relationship>(named) : Relationship.Self;
        var application = await intake.FileAsync(
            request, FilingChannel.Resident, residentId, user.ToActor(), clock.GetUtcNow().UtcDateTime, cancellationToken, relationship);
        await AttachmentLinks.LinkAsync(db, residentId, request.AttachmentIds, application.Id, AttachmentStage.Application, cancellationToken);

        // Filed: the draft it came from has done its job.
        db.Drafts.RemoveRange(await db.Drafts.Where(d => d.ResidentId == residentId && d.ItemCode == application.ItemCode).ToListAsync(cancellationToken));
        return SubmittedApplicationDto.From(application);
    }
}
