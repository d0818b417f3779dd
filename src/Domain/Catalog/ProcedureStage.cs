using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>What a stage of the procedure is for; each kind has its own rules in <c>ApplicationLifecycle</c>.</summary>
public enum StageKind
{
    /// <summary>受理: before the clock starts; the intake limit runs.</summary>
    Acceptance,

    /// <summary>入户调查: home visit and household investigation, with the means check.</summary>
    Investigation,

    /// <summary>审核: the office's recommendation (approve with the proposed help, or refuse).</summary>
    Review,

    /// <summary>公示: the proposal shown in the village or community for a number of calendar days; objections go to the township.</summary>
    PublicNotice,

    /// <summary>确认 / 审批: the decision itself (approve or refuse); for single-stage items the whole handling.</summary>
    Decision,
}

/// <summary>Which office does a stage: the township (乡镇人民政府 / 街道办事处) or the county department.</summary>
public enum OfficeLevel
{
    Township,
    County,
}

/// <summary>
/// One stage of an item's procedure, from the catalog file: who does it, what it must record and its
/// share of the time limit, in working days or, for a public notice, calendar days. The chain's rules
/// are checked by <see cref="ProcedureChain"/>; what each kind allows is the lifecycle's.
/// </summary>
public sealed record ProcedureStage(
    string Key,
    StageKind Kind,
    OfficeLevel Office,
    string Name,
    string NameEn,
    string ResidentText,
    string ResidentTextEn,
    int? WorkingDays = null,
    int? CalendarDays = null,
    int MinVisitors = 0,
    bool MeansCheck = false,
    bool OnlyWhenRecommendingApproval = false,
    int ObjectionWorkingDays = 0);

/// <summary>An item's stages in order, with the default one-stage chain for items decided by one county department.</summary>
public sealed class ProcedureChain
{
    private ProcedureChain(IReadOnlyList<ProcedureStage> stages) => Stages = stages;

    public IReadOnlyList<ProcedureStage> Stages { get; }

    /// <summary>More than acceptance and a decision: the means-tested items' staged review.</summary>
    public bool IsStaged => Stages.Count > 2;

    public ProcedureStage First => Stages[0];

    public ProcedureStage? Investigation => Stages.FirstOrDefault(s => s.Kind == StageKind.Investigation);

    /// <summary>
    /// The chain of <paramref name="stages"/> from the catalog, or acceptance and a decision by the
    /// county department taking the whole <paramref name="timeLimitWorkingDays"/> when none is given.
    /// </summary>
    public static ProcedureChain Of(IReadOnlyList<ProcedureStage>? stages, int timeLimitWorkingDays)
    {
        if (stages is not { Count: > 0 })
        {
            return new ProcedureChain(
            [
                new("acceptance", StageKind.Acceptance, OfficeLevel.County, "受理", "Acceptance", "部门正在受理您的申请", "The department is accepting your application"),
                new("decision", StageKind.Decision, OfficeLevel.County, "办理", "Handling", "部门正在办理，办结后会告诉您结果", "The department is handling it and will tell you the outcome", WorkingDays: timeLimitWorkingDays),
            ]);
        }

        Validate(stages, timeLimitWorkingDays);
        return new ProcedureChain([.. stages]);
    }

    public ProcedureStage this[string key] =>
        Stages.FirstOrDefault(s => s.Key == key) ?? throw new DomainException("unknown-stage", $"The procedure has no stage '{key}'.");

    public int IndexOf(string key) => Stages.ToList().FindIndex(s => s.Key == key);

    /// <summary>The stage after <paramref name="key"/>, skipping a notice that only follows a recommendation to approve when the office recommended refusal.</summary>
    public ProcedureStage? After(string key, bool recommendedApproval)
    {
        for (var i = IndexOf(key) + 1; i < Stages.Count; i++)
        {
            if (!Stages[i].OnlyWhenRecommendingApproval || recommendedApproval)
            {
                return Stages[i];
            }
        }

        return null;
    }

    private static void Validate(IReadOnlyList<ProcedureStage> stages, int timeLimitWorkingDays)
    {
        string? problem = null;
        if (stages[0].Kind != StageKind.Acceptance || stages.Skip(1).Any(s => s.Kind == StageKind.Acceptance))
        {
            problem = "starts with its one acceptance stage";
        }
        else if (stages[^1].Kind != StageKind.Decision || stages.SkipLast(1).Any(s => s.Kind == StageKind.Decision))
        {
            problem = "ends with its one decision stage";
        }
        else if (stages.Select(s => s.Key).Distinct().Count() != stages.Count)
        {
            problem = "names each stage once";
        }
        else if (stages.Skip(1).Any(s => s.Kind == StageKind.PublicNotice ? s.CalendarDays is not > 0 || s.WorkingDays is not null : s.WorkingDays is not > 0 || s.CalendarDays is not null))
        {
            problem = "gives a public notice calendar days and every other stage after acceptance working days";
        }
        else if (stages.Sum(s => s.WorkingDays ?? 0) > timeLimitWorkingDays)
        {
            problem = $"shares out no more than the item's {timeLimitWorkingDays} working days";
        }

        if (problem is not null)
        {
            throw new DomainException("invalid-procedure", $"A procedure {problem}.");
        }
    }
}
