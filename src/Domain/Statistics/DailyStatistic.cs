namespace ReliefPlatform.Domain.Statistics;

/// <summary>
/// One day's figures for one service item in one county (of the department holding the cases), taken
/// by the nightly snapshot so that reports add up rows instead of scanning every application.
/// Flows (received … completed on time) count what happened that day; stocks (open, overdue) are the
/// state at the end of the day.
/// </summary>
public sealed class DailyStatistic
{
    private DailyStatistic()
    {
        DepartmentCode = ItemCode = CountyCode = string.Empty;
    }

    public DateOnly Day { get; private set; }

    public string DepartmentCode { get; private set; }

    public string ItemCode { get; private set; }

    public string CountyCode { get; private set; }

    public int Received { get; private set; }

    public int Accepted { get; private set; }

    /// <summary>办结: approved, rejected or not accepted that day.</summary>
    public int Completed { get; private set; }

    public int CompletedOnTime { get; private set; }

    /// <summary>Completed on time with an approved extension.</summary>
    public int CompletedOnTimeExtended { get; private set; }

    /// <summary>The working days the day's completed cases took, added up (for the average).</summary>
    public int WorkingDaysTaken { get; private set; }

    public int Open { get; private set; }

    public int Overdue { get; private set; }

    public DateTime TakenAt { get; private set; }
}
