namespace ReliefPlatform.Domain.Regions;

/// <summary>An administrative division (GB/T 2260 to county, statistical codes below).</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);
