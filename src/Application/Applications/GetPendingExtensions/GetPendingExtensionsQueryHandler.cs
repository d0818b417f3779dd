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
            .Where(a => a.PendingExtension != null)
            .OrderBy(a => a.PendingExtension!.RequestedAt)
            .Take(Limit)
            .Select(a => new
            {
                a.Id,
                a.TrackingNumber,
                a.ItemCode,
                a.DepartmentCode,
                a.CountyCode,
                a.DueDate,
                a.PendingExtension!.WorkingDays,
                a.PendingExtension.Reason,
                a.PendingExtension.RequestedAt,
                a.ExtendedWorkingDays,
                a.Version,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new PendingExtensionDto(
                a.Id, a.TrackingNumber, a.ItemCode, a.DepartmentCode, a.CountyCode, a.DueDate, a.WorkingDays, a.Reason,
                ChinaTime.ToChinaOffset(a.RequestedAt), a.ExtendedWorkingDays, a.Version))
            .ToList();
    }
}
