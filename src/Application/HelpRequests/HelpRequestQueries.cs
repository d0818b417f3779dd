using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.HelpRequests;

/// <summary>求助 of the caller's county (caseworkers) or region (supervisors): <c>open</c> (the default) or <c>handled</c>.</summary>
[Authorize(Role.Caseworker, Role.Supervisor)]
public sealed record GetHelpRequestsQuery(bool Handled) : IQuery<HelpRequestListDto>;

/// <summary>The signed-in resident's help requests, newest first.</summary>
[Authorize(Role.Resident)]
public sealed record GetMyHelpRequestsQuery : IQuery<IReadOnlyList<MyHelpRequestDto>>;

internal sealed class GetHelpRequestsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetHelpRequestsQuery, HelpRequestListDto>
{
    private const int PageSize = 200;

    public async Task<HelpRequestListDto> Handle(GetHelpRequestsQuery request, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var visible = db.HelpRequests.AsNoTracking().VisibleTo(user);
        var open = visible.Where(h => h.Status == HelpRequestStatus.Open);
        var counts = new { Open = await open.CountAsync(cancellationToken), Overdue = await open.CountAsync(h => h.DueDate < today, cancellationToken) };
        var rows = request.Handled
            ? await visible.Where(h => h.Status != HelpRequestStatus.Open).OrderByDescending(h => h.HandledAt).Take(PageSize).ToListAsync(cancellationToken)
            : await open.OrderBy(h => h.DueDate).ThenBy(h => h.FiledAt).Take(PageSize).ToListAsync(cancellationToken);

        var staffIds = rows.Where(h => h.HandledBy is not null).Select(h => h.HandledBy!.Value).Distinct().ToList();
        var staff = await db.StaffUsers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        return new HelpRequestListDto(
            [.. rows.Select(h => ToDto(h, snapshot, regions, today, h.HandledBy is { } by ? staff.GetValueOrDefault(by) : null))],
            counts.Open,
            counts.Overdue);
    }

    internal static HelpRequestDto ToDto(HelpRequest h, CatalogSnapshot catalog, IRegionDirectory regions, DateOnly today, string? handledByName) => new(
        h.Id, h.Text, h.PlaceCode, regions.Find(h.PlaceCode)?.Name, MobileNumber.Mask(h.Phone), ChinaTime.ToChinaOffset(h.FiledAt), h.DueDate,
        h.IsOverdueOn(today), h.Status.ToString(), h.ItemCode, ItemName(catalog, h.ItemCode), h.DepartmentCode is { } d ? catalog.DepartmentName(d) : null,
        h.Reply, handledByName, h.HandledAt is { } at ? ChinaTime.ToChinaOffset(at) : null, h.Version);

    internal static string? ItemName(CatalogSnapshot catalog, string? code) =>
        catalog.FindItem(code) is { } item ? Text.Pick(item.Name, item.NameEn) : code;
}

internal sealed class GetMyHelpRequestsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog)
    : IRequestHandler<GetMyHelpRequestsQuery, IReadOnlyList<MyHelpRequestDto>>
{
    public async Task<IReadOnlyList<MyHelpRequestDto>> Handle(GetMyHelpRequestsQuery request, CancellationToken cancellationToken)
    {
        var id = user.RequiredId();
        var phoneIndex = await db.Residents.AsNoTracking().Where(r => r.Id == id).Select(r => r.PhoneIndex).FirstOrDefaultAsync(cancellationToken);
        var rows = await db.HelpRequests.AsNoTracking().OfResident(id, phoneIndex)
            .OrderByDescending(h => h.FiledAt).Take(50).ToListAsync(cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        return [.. rows.Select(h => new MyHelpRequestDto(
            h.Id, h.Text, ChinaTime.ToChinaOffset(h.FiledAt), h.DueDate, h.Status.ToString(), h.ItemCode,
            GetHelpRequestsQueryHandler.ItemName(snapshot, h.ItemCode), h.DepartmentCode is { } d ? snapshot.DepartmentName(d) : null,
            h.Reply, h.HandledAt is { } at ? ChinaTime.ToChinaOffset(at) : null))];
    }
}
