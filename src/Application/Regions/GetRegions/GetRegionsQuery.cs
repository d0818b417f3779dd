using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Regions.GetRegions;

/// <summary>The divisions directly below <paramref name="Parent"/> (the province when omitted).</summary>
public sealed record GetRegionsQuery(string? Parent) : IQuery<IReadOnlyList<RegionDto>>;

public sealed record RegionDto(string Code, string Name, string Level);
