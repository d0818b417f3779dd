using MediatR;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Regions.GetRegions;

internal sealed class GetRegionsQueryHandler(IRegionDirectory regions) : IRequestHandler<GetRegionsQuery, IReadOnlyList<RegionDto>>
{
    public Task<IReadOnlyList<RegionDto>> Handle(GetRegionsQuery request, CancellationToken cancellationToken)
    {
        var parent = string.IsNullOrWhiteSpace(request.Parent) ? regions.ProvinceCode : request.Parent.Trim();
        if (regions.Find(parent) is null)
        {
            throw new NotFoundException(Domain.Common.Text.Pick("没有这个行政区划。", "No such administrative division."));
        }

        IReadOnlyList<RegionDto> children = regions.ChildrenOf(parent)
            .Select(r => new RegionDto(r.Code, r.Name, JsonNaming.CamelCase(r.Level.ToString())))
            .ToList();
        return Task.FromResult(children);
    }
}
