namespace ReliefPlatform.Domain.Catalog;

/// <summary>
/// One of the assistance service items (事项). Everything here is data from the catalog file, so
/// time limits and questions change without a release.
/// </summary>
public sealed class ServiceItem
{
    public const int CodeMaxLength = ItemCode.MaxLength;

    private ProcedureChain? _chain;

    private ServiceItem()
    {
        Code = DepartmentCode = Name = NameEn = Need = Description = DescriptionEn = WhoCanApply = WhoCanApplyEn = string.Empty;
    }

    public ServiceItem(ItemCode code, DepartmentCode departmentCode, string name, string nameEn, string need, int timeLimitWorkingDays, int maxExtensionWorkingDays)
        : this()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeLimitWorkingDays, 1);
        Code = code.Value;
        DepartmentCode = departmentCode.Value;
        Name = name;
        NameEn = nameEn;
        Need = need;
        TimeLimitWorkingDays = timeLimitWorkingDays;
        MaxExtensionWorkingDays = maxExtensionWorkingDays;
    }

    public string Code { get; private set; }

    public string DepartmentCode { get; private set; }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>The resident's need this item answers: living, medical, education, employment, housing, water.</summary>
    public string Need { get; private set; }

    public int TimeLimitWorkingDays { get; private set; }

    public int MaxExtensionWorkingDays { get; private set; }

    public string Description { get; private set; }

    public string DescriptionEn { get; private set; }

    public string WhoCanApply { get; private set; }

    public string WhoCanApplyEn { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<string> Keywords { get; private set; } = [];

    public IReadOnlyList<ItemField> Fields { get; private set; } = [];

    public IReadOnlyList<RequiredDocument> Documents { get; private set; } = [];

    /// <summary>The stages as the catalog file gives them; empty for items one county department decides alone.</summary>
    public IReadOnlyList<ProcedureStage> Stages { get; private set; } = [];

    /// <summary>The procedure an application of this item goes through (<see cref="Stages"/>, or acceptance and a decision).</summary>
    // Built (and checked) once per loaded item: it is read on every submission and step.
    public ProcedureChain Procedure => _chain ??= ProcedureChain.Of(Stages, TimeLimitWorkingDays);

    /// <summary>Replaces the item's definition with the one from a newer catalog file.</summary>
    public void Define(
        DepartmentCode departmentCode, string name, string nameEn, string need, int timeLimitWorkingDays, int maxExtensionWorkingDays,
        string description, string descriptionEn, string whoCanApply, string whoCanApplyEn, int sortOrder,
        IReadOnlyList<string> keywords, IReadOnlyList<ItemField> fields, IReadOnlyList<RequiredDocument> documents,
        IReadOnlyList<ProcedureStage>? stages = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeLimitWorkingDays, 1);
        DepartmentCode = departmentCode.Value;
        Name = name;
        NameEn = nameEn;
        Need = need;
        TimeLimitWorkingDays = timeLimitWorkingDays;
        MaxExtensionWorkingDays = maxExtensionWorkingDays;
        Description = description;
        DescriptionEn = descriptionEn;
        WhoCanApply = whoCanApply;
        WhoCanApplyEn = whoCanApplyEn;
        SortOrder = sortOrder;
        Keywords = [.. keywords];
        Fields = [.. fields];
        Documents = [.. documents];

        // A chain that does not add up is refused when the catalog is loaded, not when a case reaches it.
        _chain = ProcedureChain.Of(stages, timeLimitWorkingDays);
        Stages = [.. stages ?? []];
    }

    /// <summary>先行救助 (ADR 0039): the item's urgent track, or null when it has none.</summary>
    public UrgentTrackRules? UrgentTrack { get; private set; }

    /// <summary>Sets or removes the urgent track from the catalog file.</summary>
    public void DefineUrgentTrack(UrgentTrackRules? rules) => UrgentTrack = rules?.Checked();
}
