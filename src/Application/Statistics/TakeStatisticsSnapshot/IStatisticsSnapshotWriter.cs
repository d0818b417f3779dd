namespace ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

/// <summary>Writes one day's statistics with a set-based statement over the applications.</summary>
public interface IStatisticsSnapshotWriter
{
    /// <param name="day">The China date.</param>
    /// <param name="startUtc">The day's first instant (00:00 China time) in UTC.</param>
    /// <param name="endUtc">The next day's first instant in UTC.</param>
    /// <param name="takenAt">When the snapshot is taken.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    Task<int> WriteDayAsync(DateOnly day, DateTime startUtc, DateTime endUtc, DateTime takenAt, CancellationToken cancellationToken);
}
