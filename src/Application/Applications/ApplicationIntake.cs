using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Residents;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// What every way of filing shares: who files for whom checked against the account's verified identity,
/// one open case per account, item and ID number, a link to another account's open case of the same
/// person and item, and a fresh tracking number.
/// </summary>
internal sealed class ApplicationIntake(
    IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, IPersonalDataIndex index, IIdentityVerifier verifier)
{
    /// <summary>
    /// Files what an application says by <paramref name="channel"/>: the ID number checked and indexed, the
    /// resident account's right to file for that person (<paramref name="relationship"/>), no other open
    /// case of the item for it from the same account, the answers checked, a tracking number. Added to the
    /// context; the unit of work saves it. Nothing in the answer depends on another account's cases: their
    /// open case only links this one for the caseworker (ADR 0035).
    /// </summary>
    public async Task<ReliefApplication> FileAsync(
        IApplicationInput input, FilingChannel channel, Guid? residentId, Actor actor, DateTime nowUtc, CancellationToken cancellationToken,
        Relationship? relationship = null)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var item = snapshot.FindItem(input.ItemCode) ?? throw new NotFoundException();
        var idNumber = ResidentIdNumber.Parse(input.Applicant.IdNumber, ChinaTime.DateOf(nowUtc));
        var idIndex = index.OfIdNumber(idNumber.Value);
        var filer = residentId is { } owner
            ? await CheckFilerAsync(owner, input.Applicant.Name, idNumber, idIndex, relationship ?? Relationship.Self, cancellationToken)
            : ((Relationship, bool)?)null;
        await EnsureNoOpenCaseAsync(item, idIndex, residentId, cancellationToken);
        var first = await FirstOpenCaseAsync(item, idIndex, cancellationToken);

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
        if (filer is var (named, verified))
        {
            application.RecordFiler(named, verified);
        }

        if (first is { } firstId)
        {
            application.MarkPossibleDuplicateOf(firstId);
        }

        if (item.UrgentTrack is { } urgent && urgent.IsMarkedBy(answers))
        {
            application.MarkUrgent(urgent, nowUtc);
        }

        db.Applications.Add(application);
        return application;
    }

    /// <summary>
    /// 409 when the same account (or, for officials, the staff) already has an open case of this item for
    /// the ID number: its own filing, which it can see. Another account's case is not looked at here.
    /// </summary>
    private async Task EnsureNoOpenCaseAsync(ServiceItem item, string idIndex, Guid? residentId, CancellationToken cancellationToken)
    {
        var caseKey = ReliefApplication.OpenCaseKeyOf(item.Code, idIndex, residentId);
        if (await db.Applications.AnyAsync(a => a.OpenCaseKey == caseKey, cancellationToken))
        {
            throw new ConflictException(
                "duplicate-application",
                residentId is null
                    ? Text.Pick("此身份证号已有一件同类申请正在办理，请不要重复申请。", "An open application for this item already exists for this ID number.")
                    : Text.Pick("您已为此人提交过同类申请，正在办理中，请在“我的申请”中查看。", "You already filed this item for this person; it is open under My applications."));
        }
    }

    /// <summary>The open case of this person and item filed first (by another account, since the check above passed), to link to.</summary>
    private Task<Guid?> FirstOpenCaseAsync(ServiceItem item, string idIndex, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking()
            .Where(a => a.OpenCaseKey != null && a.ItemCode == item.Code && a.ApplicantIdIndex == idIndex)
            .OrderBy(a => a.DuplicateOfId == null ? 0 : 1).ThenBy(a => a.SubmittedAt)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// 实名认证 at filing. An unverified account files only for itself, with what it typed, and its case is
    /// marked unverified. A verified account filing for itself must use its verified ID number and name;
    /// filing for a family member, it names the relationship and the member's name and ID number are checked
    /// with the identity provider. Each refusal is a 400 on the field at fault.
    /// </summary>
    private async Task<(Relationship Relationship, bool Verified)> CheckFilerAsync(
        Guid residentId, string name, ResidentIdNumber idNumber, string idIndex, Relationship relationship, CancellationToken cancellationToken)
    {
        var account = await db.Residents.AsNoTracking().Where(r => r.Id == residentId)
            .Select(r => new { r.VerifiedName, r.VerifiedIdIndex })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var typed = name.Trim();
        if (account.VerifiedIdIndex is null)
        {
            return relationship == Relationship.Self
                ? (Relationship.Self, false)
                : throw new ValidationException("relationship", Text.Pick(
                    "完成实名认证后才能为家人申请；未认证的账号只能为本人申请。", "Verify your identity (实名认证) before filing for a family member; until then you can file only for yourself."));
        }

        if (relationship == Relationship.Self)
        {
            if (idIndex != account.VerifiedIdIndex)
            {
                throw new ValidationException("applicant.idNumber", Text.Pick(
                    "为本人申请时，身份证号应与实名认证的一致；为家人申请请选择与申请人的关系。",
                    "Filing for yourself, use the ID number you verified; filing for a family member, choose your relationship to them."));
            }

            return typed == account.VerifiedName
                ? (Relationship.Self, true)
                : throw new ValidationException("applicant.name", Text.Pick(
                    $"申请人姓名与实名认证的姓名“{account.VerifiedName}”不一致。", $"The applicant's name differs from your verified name, {account.VerifiedName}."));
        }

        if (idIndex == account.VerifiedIdIndex)
        {
            throw new ValidationException("relationship", Text.Pick("这是您本人的身份证号，关系请选择“本人”。", "This is your own ID number: choose Self as the relationship."));
        }

        IdentityRules.ThrowUnlessMatch(await verifier.CheckAsync(new IdentityClaim(typed, idNumber.Value), cancellationToken), "applicant.name", "applicant.idNumber");
        return (relationship, true);
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
