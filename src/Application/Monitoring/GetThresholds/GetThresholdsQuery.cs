using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Monitoring.SetThresholds;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Monitoring.GetThresholds;

/// <summary>Every year's monitoring figures, by year and region.</summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record GetThresholdsQuery : IQuery<IReadOnlyList<ThresholdsDto>>;

internal sealed class GetThresholdsQueryHandler(IApplicationDbContext db) : IRequestHandler<GetThresholdsQuery, IReadOnlyList<ThresholdsDto>>
{
    public async Task<IReadOnlyList<ThresholdsDto>> Handle(GetThresholdsQuery request, CancellationToken cancellationToken) =>
        [.. (await db.MonitoringThresholds.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(t => t.Year).ThenBy(t => t.RegionCode).Select(t => t.ToDto())];
}
