using MediatR;

namespace ReliefPlatform.Application.Regions.GetRegions;

/// <summary>The divisions directly below <paramref name="Parent"/> (the province when omitted).</summary>
public sealed record GetRegionsQuery(string? Parent) : IRequest<IReadOnlyList<RegionDto>>;

public sealed record RegionDto(string Code, string Name, string Level);
