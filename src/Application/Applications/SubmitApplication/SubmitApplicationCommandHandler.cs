using System.Globalization;
using System.Security.Cryptography;
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
    IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, ICurrentUser user, IPersonalDataIndex index, TimeProvider clock)
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
        var caseKey = $"{item.Code}|{idIndex}";
        if (await db.Applications.AnyAsync(a => a.OpenCaseKey == caseKey, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-application",
                Text.Pick("此身份证号已有一件同类申请正在办理，请不要重复申请。", "An open application for this item already exists for this ID number."));
        }

        var application = ReliefApplication.Submit(
            await UnusedTrackingNumberAsync(now, cancellationToken),
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

    /// <summary>
    /// The China date and ten random digits: short enough to read out on the phone, not guessable. Ten
    /// digits make a collision rare even at a national day's volume; the check makes it a retry, not a 409.
    /// </summary>
    private async Task<string> UnusedTrackingNumberAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var day = ChinaTime.DateOf(nowUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        while (true)
        {
            var candidate = day + "-" + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture)
                + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
            if (!await db.Applications.AnyAsync(a => a.TrackingNumber == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}
