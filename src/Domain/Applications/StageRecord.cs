using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Domain.Applications;

/// <summary>How a stage ended: done and passed on, sent back to investigation, or the case closed in it.</summary>
public enum StageOutcome
{
    Completed,
    SentBack,

    /// <summary>Withdrawn, merged or transferred while in this stage: it counts in no stage rate.</summary>
    Closed,
}

/// <summary>
/// One stage an application went through, written when the stage ends and never changed: the source
/// of the per-stage on-time rates and times (which office level made a case late). The stage in progress
/// is on the application itself.
/// </summary>
public sealed class StageRecord
{
    /// <summary>
    /// The ended stages that count in the per-stage figures (docs/metrics.md): done and passed on, or sent
    /// back to investigation (the office dealt with its stage either way). A stage closed with its case counts nowhere.
    /// </summary>
    public static readonly IReadOnlyList<StageOutcome> Counted = [StageOutcome.Completed, StageOutcome.SentBack];

    private StageRecord()
    {
        StageKey = ItemCode = DepartmentCode = CountyCode = OfficeRegionCode = string.Empty;
    }

    internal StageRecord(ReliefApplication application, StageOutcome outcome, DateTime endedAt, bool onTime, int workingDaysTaken)
        : this()
    {
        Id = Guid.CreateVersion7();
        ApplicationId = application.Id;
        Sequence = application.StageSequence;
        StageKey = application.StageKey;
        Kind = application.StageKind;
        Office = application.StageOffice;
        OfficeRegionCode = application.StageOfficeRegionCode;
        ItemCode = application.ItemCode;
        DepartmentCode = application.DepartmentCode;
        CountyCode = application.CountyCode;
        StartedAt = application.StageStartedAt;
        DueDate = application.StageDueDate;
        EndedAt = endedAt;
        Outcome = outcome;
        OnTime = onTime;
        WorkingDaysTaken = workingDaysTaken;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>1 for acceptance, then one more for every stage entered, a repeated one included.</summary>
    public int Sequence { get; private set; }

    public string StageKey { get; private set; }

    public StageKind Kind { get; private set; }

    public OfficeLevel Office { get; private set; }

    /// <summary>The township (9 digits) or county (6) whose office held the stage.</summary>
    public string OfficeRegionCode { get; private set; }

    public string ItemCode { get; private set; }

    public string DepartmentCode { get; private set; }

    public string CountyCode { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>The stage's own last day (China date): its share of the limit, moved by pauses and extensions.</summary>
    public DateOnly DueDate { get; private set; }

    public DateTime EndedAt { get; private set; }

    public StageOutcome Outcome { get; private set; }

    /// <summary>Ended on or before <see cref="DueDate"/>.</summary>
    public bool OnTime { get; private set; }

    /// <summary>Working days from the stage's start to its end, days waiting for the resident excluded.</summary>
    public int WorkingDaysTaken { get; private set; }
}
