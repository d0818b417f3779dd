using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Applications.SubmitApplication;

internal sealed class SubmitApplicationCommandHandler(
    IApplicationDbContext db, ApplicationIntake intake, ICatalog catalog, IWorkingCalendarProvider calendars, ICurrentUser user, IPersonalDataIndex index, TimeProvider clock)
    : IRequestHandler<SubmitApplicationCommand, SubmittedApplicationDto>
{
    public async Task<SubmittedApplicationDto> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var item = snapshot.FindItem(request.ItemCode) ?? throw new NotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        var idNumber = ResidentIdNumber.Parse(request.Applicant.IdNumber, ChinaTime.DateOf(now));

        var idIndex = index.OfIdNumber(idNumber.Value);
        await intake.EnsureNoOpenCaseAsync(item, idIndex, cancellationToken);

        var application = ReliefApplication.Submit(
            await intake.UnusedTrackingNumberAsync(now, cancellationToken),
            item,
            request.RegionCode,
            Applicant.Create(request.Applicant.Name, idNumber, MobileNumber.Parse(request.Applicant.Phone), idIndex),
            AnswerSheet.Check(item, request.Answers).Json,
            request.Description,
            FilingChannel.Resident,
            user.RequiredId(),
            user.ToActor(),
            now,
            calendar,
            snapshot.IntakeTimeLimitWorkingDays);
        db.Applications.Add(application);
        await AttachmentLinks.LinkAsync(db, user.RequiredId(), request.AttachmentIds, application.Id, AttachmentStage.Application, cancellationToken);

        // Filed: the draft it came from has done its job.
        var residentId = user.RequiredId();
        db.Drafts.RemoveRange(await db.Drafts.Where(d => d.ResidentId == residentId && d.ItemCode == item.Code).ToListAsync(cancellationToken));

        return new SubmittedApplicationDto(
            application.Id,
            application.TrackingNumber,
            application.Status.ToString(),
            application.ItemCode,
            application.DepartmentCode,
            application.RegionCode,
            ChinaTime.ToChinaOffset(application.SubmittedAt),
            application.DueDate);
    }
}
