using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.GetMyDrafts;

internal sealed class GetMyDraftsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetMyDraftsQuery, IReadOnlyList<DraftSummaryDto>>
{
    public async Task<IReadOnlyList<DraftSummaryDto>> Handle(GetMyDraftsQuery request, CancellationToken cancellationToken)
    {
        var residentId = user.RequiredId();
        var rows = await db.Drafts.AsNoTracking()
            .Where(d => d.ResidentId == residentId)
            .Select(d => new { d.ItemCode, d.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(d => d.UpdatedAt).Select(d => new DraftSummaryDto(d.ItemCode, ChinaTime.ToChinaOffset(d.UpdatedAt))).ToList();
    }
}
