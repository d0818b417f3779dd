using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Reports;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The daily figures as one SELECT … GROUP BY over the applications (the provider's
/// <see cref="SqlDialect.DailyFigures"/>): written for a finished day by the nightly snapshot
/// (DELETE + INSERT … SELECT, in the command's transaction), read for today by the reports. One
/// definition serves both (docs/metrics.md).
/// </summary>
internal sealed class StatisticsSnapshotWriter(ReliefDbContext db, SqlDialect sql) : IStatisticsSnapshotWriter, ILiveFigures
{
    public async Task<int> WriteDayAsync(DateOnly day, DateTime startUtc, DateTime endUtc, DateTime takenAt, CancellationToken cancellationToken)
    {
        await ExecuteAsync(sql.DeleteDailyStatistics, cancellationToken, day);
        var rows = await ExecuteAsync(sql.InsertDailyStatistics, cancellationToken, day, startUtc, endUtc, true, "%", takenAt);
        await RollUpMonthAsync(new DateOnly(day.Year, day.Month, 1), cancellationToken);
        return rows;
    }

    /// <summary>The month's flows added up again from its daily rows (in the same transaction as the day).</summary>
    private async Task RollUpMonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        await ExecuteAsync(sql.DeleteMonthlyStatistics, cancellationToken, month);
        await ExecuteAsync(sql.InsertMonthlyStatistics, cancellationToken, month, month.AddMonths(1).AddDays(-1));
    }

    public async Task<IReadOnlyList<DailyFigures>> TodayAsync(DateOnly today, DateTime startUtc, DateTime endUtc, string countyPrefix, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<DailyFigures>(FormattableStringFactory.Create(sql.DailyFigures, today, startUtc, endUtc, true, countyPrefix + "%"))
            .ToListAsync(cancellationToken);

    private Task<int> ExecuteAsync(string statement, CancellationToken cancellationToken, params object[] arguments) =>
        db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(statement, arguments), cancellationToken);
}
