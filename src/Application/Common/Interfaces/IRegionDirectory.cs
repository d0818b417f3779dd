using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>The administrative divisions of the province the service runs in.</summary>
public interface IRegionDirectory
{
    /// <summary>The province's code, e.g. <c>530000</c>.</summary>
    string ProvinceCode { get; }

    Region? Find(string? code);

    IReadOnlyList<Region> ChildrenOf(string parentCode);
}
