namespace ReliefPlatform.Domain.Statistics;

/// <summary>
/// A month's flows for one service item in one county, added up from the daily snapshot each night,
/// so that a yearly report reads twelve rows per item and county instead of three hundred and sixty-five.
/// Stocks (open, overdue) are a day's state and stay in <see cref="DailyStatistic"/>.
/// </summary>
public sealed class MonthlyStatistic
{
    private MonthlyStatistic()
    {
        DepartmentCode = ItemCode = CountyCode = string.Empty;
    }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    public string DepartmentCode { get; private set; }

    public string ItemCode { get; private set; }

    public string CountyCode { get; private set; }

    public int Received { get; private set; }

    public int Accepted { get; private set; }

    public int Completed { get; private set; }

    public int CompletedOnTime { get; private set; }

    public int CompletedOnTimeExtended { get; private set; }

    public int WorkingDaysTaken { get; private set; }

    /// <summary>The last day of the month that the daily snapshot had taken when this row was added up.</summary>
    public DateOnly Through { get; private set; }
}
