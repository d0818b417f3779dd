using System.Text.Json;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Infrastructure.Persistence.Configurations;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>The catalog file (<c>SeedData/catalog.json</c>): data an operator edits, not code.</summary>
internal sealed class CatalogFile
{
    public CatalogFile(string path)
    {
        using var stream = File.OpenRead(path);
        Document = JsonSerializer.Deserialize<CatalogDocument>(stream, ServiceItemConfiguration.Json)
            ?? throw new InvalidDataException($"The catalog file {path} is empty.");
    }

    public CatalogDocument Document { get; }

    internal sealed record CatalogDocument(string Version, int IntakeTimeLimitWorkingDays, IReadOnlyList<DepartmentEntry> Departments, int SupplementTimeLimitWorkingDays = 10, int HelpRequestTimeLimitWorkingDays = 3, Domain.Catalog.AppealRules? Appeal = null)
    {
        /// <summary>The short names text messages use (<c>smsName</c>), by department and item code.</summary>
        public IReadOnlyDictionary<string, string> SmsNames() =>
            Departments.Where(d => d.SmsName is not null).Select(d => KeyValuePair.Create(d.Code, d.SmsName!))
                .Concat(Departments.SelectMany(d => d.Items).Where(i => i.SmsName is not null).Select(i => KeyValuePair.Create(i.Code, i.SmsName!)))
                .ToDictionary(StringComparer.Ordinal);
    }

    internal sealed record DepartmentEntry(string Code, string Name, string NameEn, string? SmsName, IReadOnlyList<ItemEntry> Items);

    internal sealed record ItemEntry(
        string Code,
        string Name,
        string NameEn,
        string? SmsName,
        string Need,
        int TimeLimitWorkingDays,
        int MaxExtensionWorkingDays,
        string Description,
        string DescriptionEn,
        string WhoCanApply,
        string WhoCanApplyEn,
        IReadOnlyList<string>? Keywords,
        IReadOnlyList<ItemField>? Fields,
        IReadOnlyList<RequiredDocument>? Documents,
        IReadOnlyList<ProcedureStage>? Stages,
        UrgentTrackRules? UrgentTrack = null);
}
