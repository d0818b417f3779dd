using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.GetHouseholds;

/// <summary>The register of the caller's county or region, most severe first; optionally one level, one group, or one region below.</summary>
[Authorize(Role.Caseworker, Role.Supervisor)]
public sealed record GetHouseholdsQuery(string? Level = null, string? Group = null, RegionCode? RegionCode = null, int Page = 1, int PageSize = 20) : IQuery<HouseholdPageDto>;

internal sealed class GetHouseholdsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetHouseholdsQuery, HouseholdPageDto>
{
    public async Task<HouseholdPageDto> Handle(GetHouseholdsQuery request, CancellationToken cancellationToken)
    {
        var households = db.Households.AsNoTracking().VisibleTo(user);
        if (request.Level is not null)
        {
            var level = Enum.Parse<WarningLevel>(request.Level, ignoreCase: true);
            households = households.Where(h => h.Level == level);
        }

        if (request.Group is not null)
        {
            var group = Enum.Parse<MonitoringGroup>(request.Group, ignoreCase: true);
            households = households.Where(h => (h.Groups & group) == group);
        }

        if (request.RegionCode is not null)
        {
            var prefix = request.RegionCode.SubtreePrefix;
            households = households.Where(h => h.RegionCode.StartsWith(prefix));
        }

        var total = await households.CountAsync(cancellationToken);
        var rows = await households
            .OrderBy(h => h.Level).ThenBy(h => h.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(h => new { h.Id, h.RegionCode, h.HeadName, Members = h.Members.Count, h.PerCapitaIncome, h.Level, h.Groups, h.UpdatedAt })
            .ToListAsync(cancellationToken);
        return new HouseholdPageDto(
            [.. rows.Select(r => new HouseholdSummaryDto(
                r.Id, r.RegionCode, r.HeadName, r.Members, r.PerCapitaIncome, r.Level.ToString(), (int)r.Level, HouseholdMapping.LevelName(r.Level), HouseholdMapping.Names(r.Groups), r.UpdatedAt))],
            total, request.Page, request.PageSize);
    }
}
