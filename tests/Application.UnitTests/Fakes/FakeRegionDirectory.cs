using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.UnitTests.Fakes;

internal sealed class FakeRegionDirectory(string provinceCode, params Region[] regions) : IRegionDirectory
{
    private readonly Dictionary<string, Region> _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Yunnan down to one township, plus a Beijing district the service does not cover.</summary>
    public static FakeRegionDirectory Yunnan() => new(
        "530000",
        new Region("530000", "云南省", RegionLevel.Province, null),
        new Region("530100", "昆明市", RegionLevel.Prefecture, "530000"),
        new Region("530102", "五华区", RegionLevel.County, "530100"),
        new Region("530102001", "华山街道", RegionLevel.Township, "530102"),
        new Region("110101", "东城区", RegionLevel.County, "110100"));

    public string ProvinceCode { get; } = provinceCode;

    public Region? Find(string? code) => code is not null && _regions.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string parentCode) => _regions.Values.Where(r => r.ParentCode == parentCode).ToList();
}
