using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Applications;

/// <summary>What every way of filing shares: one open case per item and ID number, and a fresh tracking number.</summary>
internal sealed class ApplicationIntake(
    IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, IPersonalDataIndex index)
{
    /// <summary>
    /// Files what an application says by <paramref name="channel"/>: the ID number checked and indexed, no
    /// other open case of the item for it, the answers checked, a tracking number. Added to the context; the
    /// unit of work saves it.
    /// </summary>
    public async Task<ReliefApplication> FileAsync(
        IApplicationInput input, FilingChannel channel, Guid? residentId, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var item = snapshot.FindItem(input.ItemCode) ?? throw new NotFoundException();
        var idNumber = ResidentIdNumber.Parse(input.Applicant.IdNumber, ChinaTime.DateOf(nowUtc));
        var idIndex = index.OfIdNumber(idNumber.Value);
        await EnsureNoOpenCaseAsync(item, idIndex, cancellationToken);

        // The validators check what callers type; answers filled in from elsewhere (the register) are checked here.
        var (answers, errors) = AnswerSheet.Check(item, input.Answers);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var application = ReliefApplication.Submit(
            await UnusedTrackingNumberAsync(nowUtc, cancellationToken),
            item,
            input.RegionCode,
            Applicant.Create(input.Applicant.Name, idNumber, MobileNumber.Parse(input.Applicant.Phone), idIndex),
            answers,
            input.Description,
            channel,
            residentId,
            actor,
            nowUtc,
            await calendars.GetAsync(cancellationToken),
            snapshot.IntakeTimeLimitWorkingDays);
        db.Applications.Add(application);
        return application;
    }

    /// <summary>409 when the ID number (by its blind index) already has an open case of this item.</summary>
    public async Task EnsureNoOpenCaseAsync(ServiceItem item, string idIndex, CancellationToken cancellationToken)
    {
        var caseKey = $"{item.Code}|{idIndex}";
        if (await db.Applications.AnyAsync(a => a.OpenCaseKey == caseKey, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-application",
                Text.Pick("此身份证号已有一件同类申请正在办理，请不要重复申请。", "An open application for this item already exists for this ID number."));
        }
    }

    /// <summary>
    /// The China date and ten random digits: short enough to read out on the phone, not guessable. Ten
    /// digits make a collision rare even at a national day's volume; the check makes it a retry, not a 409.
    /// </summary>
    public async Task<string> UnusedTrackingNumberAsync(DateTime nowUtc, CancellationToken cancellationToken)
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
