using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetPendingExtensions;

internal sealed class GetPendingExtensionsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetPendingExtensionsQuery, IReadOnlyList<PendingExtensionDto>>
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<PendingExtensionDto>> Handle(GetPendingExtensionsQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.Applications.AsNoTracking()
            .VisibleTo(user)
            .Where(a => a.PendingExtensionDays != null)
            .OrderBy(a => a.PendingExtensionRequestedAt)
            .Take(Limit)
            .Select(a => new
            {
                a.Id,
                a.TrackingNumber,
                a.ItemCode,
                a.DepartmentCode,
                a.CountyCode,
                a.DueDate,
                Days = a.PendingExtensionDays!.Value,
                a.PendingExtensionReason,
                a.PendingExtensionRequestedAt,
                a.ExtendedWorkingDays,
                a.Version,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new PendingExtensionDto(
                a.Id, a.TrackingNumber, a.ItemCode, a.DepartmentCode, a.CountyCode, a.DueDate, a.Days, a.PendingExtensionReason ?? "",
                ChinaTime.ToChinaOffset(a.PendingExtensionRequestedAt!.Value), a.ExtendedWorkingDays, a.Version))
            .ToList();
    }
}
