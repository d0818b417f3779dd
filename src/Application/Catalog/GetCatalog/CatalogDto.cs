using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.Catalog.GetCatalog;

public sealed record CatalogDto(string Version, int IntakeTimeLimitWorkingDays, IReadOnlyList<DepartmentDto> Departments);

public sealed record DepartmentDto(string Code, string Name, string NameEn, IReadOnlyList<ServiceItemDto> Items);

public sealed record ServiceItemDto(
    string Code,
    string Name,
    string NameEn,
    string DepartmentCode,
    string Need,
    int TimeLimitWorkingDays,
    int MaxExtensionWorkingDays,
    string Description,
    string DescriptionEn,
    string WhoCanApply,
    string WhoCanApplyEn,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<FieldDto> Fields,
    IReadOnlyList<RequiredDocument> Documents);

public sealed record FieldDto(
    string Key,
    string Label,
    string LabelEn,
    string Type,
    bool Required,
    decimal? Min,
    decimal? Max,
    int? MaxLength,
    string? Hint,
    string? HintEn,
    IReadOnlyList<FieldOption>? Options);
