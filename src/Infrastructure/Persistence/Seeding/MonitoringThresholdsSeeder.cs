using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>Loads the starting monitoring figures (<c>SeedData/monitoring-thresholds.json</c>) for each year and region that has none; never overwrites an administrator's figures.</summary>
internal static class MonitoringThresholdsSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task SeedAsync(ReliefDbContext db, string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        var file = JsonSerializer.Deserialize<ThresholdsFile>(await File.ReadAllTextAsync(path, cancellationToken), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var existing = await db.MonitoringThresholds.Select(t => new { t.Year, t.RegionCode }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in file.Thresholds.Where(r => !existing.Any(e => e.Year == r.Year && e.RegionCode == r.RegionCode)))
        {
            db.MonitoringThresholds.Add(new MonitoringThresholds(row.Year, RegionCode.Parse(row.RegionCode), row.PovertyLine, row.WarningFactor, row.MonitoringLine, row.LargeSpendingLine, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ThresholdsFile(IReadOnlyList<ThresholdsRow> Thresholds);

    private sealed record ThresholdsRow(int Year, string RegionCode, decimal PovertyLine, decimal WarningFactor, decimal MonitoringLine, decimal LargeSpendingLine);
}
