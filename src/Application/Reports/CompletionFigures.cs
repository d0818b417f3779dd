namespace ReliefPlatform.Application.Reports;

/// <summary>
/// The counts behind every completion figure and the one place the rates are derived from them, as
/// defined in docs/metrics.md (<see cref="MetricsVersion"/>). The API, the exports and the dashboard use this.
/// </summary>
public sealed record CompletionFigures(
    long Received,
    long Accepted,
    long Completed,
    long CompletedOnTime,
    long CompletedOnTimeExtended,
    long WorkingDaysTaken,
    long Open,
    long Overdue)
{
    public const string MetricsVersion = "2026.12.1";

    public static readonly CompletionFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    public decimal? CompletionRate => Received == 0 ? null : Math.Round((decimal)Completed / Received, 4);

    public decimal? OnTimeRate => Completed == 0 ? null : Math.Round((decimal)CompletedOnTime / Completed, 4);

    public decimal? AverageWorkingDays => Completed == 0 ? null : Math.Round((decimal)WorkingDaysTaken / Completed, 1);

    /// <summary>Adds the flows (received … working days) of another period; the stocks stay.</summary>
    public CompletionFigures AddFlows(CompletionFigures other) => this with
    {
        Received = Received + other.Received,
        Accepted = Accepted + other.Accepted,
        Completed = Completed + other.Completed,
        CompletedOnTime = CompletedOnTime + other.CompletedOnTime,
        CompletedOnTimeExtended = CompletedOnTimeExtended + other.CompletedOnTimeExtended,
        WorkingDaysTaken = WorkingDaysTaken + other.WorkingDaysTaken,
    };

    public CompletionFigures AddStocks(CompletionFigures other) => this with { Open = Open + other.Open, Overdue = Overdue + other.Overdue };
}

/// <summary>One day's figures for one department, item and county, from the snapshot or computed live.</summary>
public sealed class DailyFigures
{
    public DateOnly Day { get; set; }

    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public string CountyCode { get; set; } = "";

    public long Received { get; set; }

    public long Accepted { get; set; }

    public long Completed { get; set; }

    public long CompletedOnTime { get; set; }

    public long CompletedOnTimeExtended { get; set; }

    public long WorkingDaysTaken { get; set; }

    public long Open { get; set; }

    public long Overdue { get; set; }

    public CompletionFigures Flows => new(Received, Accepted, Completed, CompletedOnTime, CompletedOnTimeExtended, WorkingDaysTaken, 0, 0);

    public CompletionFigures Stocks => CompletionFigures.Zero with { Open = Open, Overdue = Overdue };
}

/// <summary>Today's figures, computed from the applications with the snapshot's own definitions.</summary>
public interface ILiveFigures
{
    Task<IReadOnlyList<DailyFigures>> TodayAsync(DateOnly today, DateTime startUtc, DateTime endUtc, string countyPrefix, CancellationToken cancellationToken);
}
