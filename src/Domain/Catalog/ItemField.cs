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

public sealed partial record RequiredDocument(string Key, string Name, string NameEn, bool Required)
{
    /// <summary>
    /// The name inside an information request that asks for the document: without the "有就传" /
    /// "if any" the catalog gives an optional document, which would tell the resident the very
    /// thing asked for may be left out.
    /// </summary>
    public string RequestedName() => OptionalMarkZh().Replace(Name, "");

    /// <inheritdoc cref="RequestedName"/>
    public string RequestedNameEn() => OptionalMarkEn().Replace(NameEn, "");

    // "（有就传）" goes whole, "（低保证、特困证等，有就传）" keeps its list.
    [System.Text.RegularExpressions.GeneratedRegex("（有就传[^）]*）|[，、]有就传[^）]*(?=）)")]
    private static partial System.Text.RegularExpressions.Regex OptionalMarkZh();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((if available|if any)\)|,\s*(if available|if any)(?=\))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OptionalMarkEn();
}
