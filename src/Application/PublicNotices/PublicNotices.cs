using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.PublicNotices;

// Outside Application.Applications on purpose: anonymous by design, and they show only what a 公示 may.

/// <summary>
/// 公示 of a village or community (or of a township whose residents gave no village): anonymous, and only
/// what the rules allow: the masked name, household size, the item, the proposed help and the dates. A
/// notice is listed while its case is still in that notice stage and its last day has not passed.
/// Anonymous, so it lives outside Applications, whose requests all carry [Authorize].
/// </summary>
public sealed record GetPublicNoticesQuery(string PlaceCode) : IQuery<PublicNoticesDto>;

public sealed record PublicNoticesDto(string PlaceCode, string? PlaceName, DateOnly Today, IReadOnlyList<PublicNoticeDto> Notices);

public sealed record PublicNoticeDto(Guid Id, string MaskedName, int HouseholdSize, string ItemName, string ProposedHelp, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>异议: anyone may object to a notice on show, with a contact or anonymously; the township must look into it.</summary>
public sealed record RaiseObjectionCommand(Guid NoticeId, string Text, string? Contact) : ICommand<ObjectionReceiptDto>;

/// <summary>The objection's id, and the township's last working day to look into it.</summary>
public sealed record ObjectionReceiptDto(Guid Id, DateOnly DueDate);

internal sealed class GetPublicNoticesQueryValidator : AbstractValidator<GetPublicNoticesQuery>
{
    public GetPublicNoticesQueryValidator() =>
        RuleFor(q => q.PlaceCode).Must(c => RegionCode.IsWellFormed(c) && c.Length > RegionCode.CountyLength)
            .WithMessage(_ => Text.Pick("请给出村（社区）或乡镇（街道）的代码：9 或 12 位数字。", "Give a village (12 digits) or township (9 digits) code."));
}

internal sealed class RaiseObjectionCommandValidator : AbstractValidator<RaiseObjectionCommand>
{
    public RaiseObjectionCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage(_ => Text.Pick("请写明异议的内容。", "State the objection."))
            .MaximumLength(NoticeObjection.TextMaxLength).WithMessage(_ => Text.Pick("异议内容太长了。", "The objection is too long."));
        RuleFor(c => c.Contact).MaximumLength(NoticeObjection.ContactMaxLength).WithMessage(_ => Text.Pick("联系方式太长了。", "The contact is too long."));
    }
}

internal sealed class GetPublicNoticesQueryHandler(IApplicationDbContext db, ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetPublicNoticesQuery, PublicNoticesDto>
{
    public async Task<PublicNoticesDto> Handle(GetPublicNoticesQuery request, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var rows = await ShowingOn(db, today)
            .Where(n => n.PlaceCode == request.PlaceCode)
            .OrderBy(n => n.StartsOn).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.MaskedName, n.HouseholdSize, n.ItemCode, n.ProposedHelp, n.StartsOn, n.EndsOn })
            .ToListAsync(cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        return new PublicNoticesDto(
            request.PlaceCode,
            regions.Find(request.PlaceCode)?.Name,
            today,
            [.. rows.Select(n => new PublicNoticeDto(n.Id, n.MaskedName, n.HouseholdSize, snapshot.FindItem(n.ItemCode)?.Name ?? n.ItemCode, n.ProposedHelp, n.StartsOn, n.EndsOn))]);
    }

    /// <summary>The notices on show: the case still in the very notice stage that posted it, and the last day not passed.</summary>
    internal static IQueryable<PublicNotice> ShowingOn(IApplicationDbContext db, DateOnly today) =>
        from n in db.PublicNotices.AsNoTracking()
        join a in db.Applications on n.ApplicationId equals a.Id
        where a.StageKind == StageKind.PublicNotice && a.StageSequence == n.StageSequence && a.Status == ApplicationStatus.Accepted && n.EndsOn >= today
        select n;
}

internal sealed class RaiseObjectionCommandHandler(IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<RaiseObjectionCommand, ObjectionReceiptDto>
{
    public async Task<ObjectionReceiptDto> Handle(RaiseObjectionCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // An ended notice is simply not there: the public learns nothing about cases not on show.
        var notice = await GetPublicNoticesQueryHandler.ShowingOn(db, ChinaTime.DateOf(now)).FirstOrDefaultAsync(n => n.Id == request.NoticeId, cancellationToken)
            ?? throw new NotFoundException();
        var application = await db.Applications.Include(a => a.History).FirstAsync(a => a.Id == notice.ApplicationId, cancellationToken);
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!;
        var objection = application.RaiseObjection(notice, request.Text, request.Contact, now, await calendars.GetAsync(cancellationToken), item.Procedure);
        db.NoticeObjections.Add(objection);
        return new ObjectionReceiptDto(objection.Id, objection.DueDate);
    }
}
