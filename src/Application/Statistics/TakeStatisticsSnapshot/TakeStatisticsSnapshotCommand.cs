using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

/// <summary>
/// Records the daily statistics of <paramref name="Day"/> (a finished China date), or, when omitted,
/// of every finished day since the last snapshot (at most a year), so a node that was down catches up.
/// Re-taking a day replaces it.
/// </summary>
public sealed record TakeStatisticsSnapshotCommand(DateOnly? Day = null) : ICommand<TakeStatisticsSnapshotResult>, ITransactionalCommand;

public sealed record TakeStatisticsSnapshotResult(IReadOnlyList<DateOnly> Days, int Rows);
