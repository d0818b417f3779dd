namespace ReliefPlatform.Domain.Catalog;

/// <summary>One question a resident answers for a service item.</summary>
public sealed record ItemField(
    string Key,
    string Label,
    string LabelEn,
    FieldType Type,
    bool Required,
    decimal? Min = null,
    decimal? Max = null,
    int? MaxLength = null,
    string? Hint = null,
    string? HintEn = null,
    IReadOnlyList<FieldOption>? Options = null);

public sealed record FieldOption(string Value, string Label, string LabelEn);

public sealed record RequiredDocument(string Key, string Name, string NameEn, bool Required);
