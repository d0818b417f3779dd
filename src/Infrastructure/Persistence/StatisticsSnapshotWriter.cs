using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Reports;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The daily figures as one SELECT … GROUP BY over the applications, valid on SQLite and PostgreSQL:
/// written for a finished day by the nightly snapshot (DELETE + INSERT … SELECT, in the command's
/// transaction), read for today by the reports. One definition serves both (docs/metrics.md).
/// </summary>
internal sealed class StatisticsSnapshotWriter(ReliefDbContext db) : IStatisticsSnapshotWriter, ILiveFigures
{
    // {0} day, {1} start (UTC), {2} end (UTC), {3} true, {4} county prefix pattern.
    private const string Sums = """
            SUM(CASE WHEN a."SubmittedAt" >= {1} AND a."SubmittedAt" < {2} THEN 1 ELSE 0 END) AS "Received",
            SUM(CASE WHEN a."AcceptedAt" >= {1} AND a."AcceptedAt" < {2} THEN 1 ELSE 0 END) AS "Accepted",
            SUM(CASE WHEN a."CompletedOnTime" IS NOT NULL AND a."CompletedAt" >= {1} AND a."CompletedAt" < {2} THEN 1 ELSE 0 END) AS "Completed",
            SUM(CASE WHEN a."CompletedOnTime" = {3} AND a."CompletedAt" >= {1} AND a."CompletedAt" < {2} THEN 1 ELSE 0 END) AS "CompletedOnTime",
            SUM(CASE WHEN a."CompletedOnTime" = {3} AND a."ExtendedWorkingDays" > 0 AND a."CompletedAt" >= {1} AND a."CompletedAt" < {2} THEN 1 ELSE 0 END) AS "CompletedOnTimeExtended",
            SUM(CASE WHEN a."CompletedOnTime" IS NOT NULL AND a."CompletedAt" >= {1} AND a."CompletedAt" < {2} THEN COALESCE(a."WorkingDaysTaken", 0) ELSE 0 END) AS "WorkingDaysTaken",
            SUM(CASE WHEN a."CompletedAt" IS NULL OR a."CompletedAt" >= {2} THEN 1 ELSE 0 END) AS "Open",
            SUM(CASE WHEN (a."CompletedAt" IS NULL OR a."CompletedAt" >= {2}) AND a."DueDate" < {0} THEN 1 ELSE 0 END) AS "Overdue"
        """;

    // The same sums where "CompletedAt" IS NULL (and "SubmittedAt" < {2}), worked out: the open half
    // reads every open application, so each saved comparison counts.
    private const string OpenSums = """
            SUM(CASE WHEN a."SubmittedAt" >= {1} THEN 1 ELSE 0 END) AS "Received",
            SUM(CASE WHEN a."AcceptedAt" >= {1} AND a."AcceptedAt" < {2} THEN 1 ELSE 0 END) AS "Accepted",
            0 AS "Completed", 0 AS "CompletedOnTime", 0 AS "CompletedOnTimeExtended", 0 AS "WorkingDaysTaken",
            COUNT(*) AS "Open",
            SUM(CASE WHEN a."DueDate" < {0} THEN 1 ELSE 0 END) AS "Overdue"
        """;

    /// <summary>
    /// The applications open at the day's end or finished after its start, in two halves that each walk
    /// the covering index IX_Applications_Statistics (still open; finished since the day began) and are
    /// added up in its order, then together. SQLite, without statistics, is told to use that index.
    /// </summary>
    private static string Figures(bool sqlite)
    {
        var from = sqlite ? "\"Applications\" AS a INDEXED BY \"IX_Applications_Statistics\"" : "\"Applications\" AS a";
        var half = $$"""
            SELECT a."CountyCode", a."DepartmentCode", a."ItemCode",
            @sums
            FROM {{from}}
            WHERE a."CompletedAt" @finished AND a."SubmittedAt" < {2} AND a."CountyCode" LIKE {4}
            GROUP BY a."CountyCode", a."DepartmentCode", a."ItemCode"
            """;
        return $$"""
            SELECT {0} AS "Day", f."DepartmentCode", f."ItemCode", f."CountyCode",
                CAST(SUM(f."Received") AS BIGINT) AS "Received", CAST(SUM(f."Accepted") AS BIGINT) AS "Accepted", CAST(SUM(f."Completed") AS BIGINT) AS "Completed",
                CAST(SUM(f."CompletedOnTime") AS BIGINT) AS "CompletedOnTime", CAST(SUM(f."CompletedOnTimeExtended") AS BIGINT) AS "CompletedOnTimeExtended",
                CAST(SUM(f."WorkingDaysTaken") AS BIGINT) AS "WorkingDaysTaken", CAST(SUM(f."Open") AS BIGINT) AS "Open", CAST(SUM(f."Overdue") AS BIGINT) AS "Overdue"
            FROM (
            {{half.Replace("@finished", "IS NULL", StringComparison.Ordinal).Replace("@sums", OpenSums, StringComparison.Ordinal)}}
            UNION ALL
            {{half.Replace("@finished", ">= {1}", StringComparison.Ordinal).Replace("@sums", Sums, StringComparison.Ordinal)}}
            ) AS f
            GROUP BY f."DepartmentCode", f."ItemCode", f."CountyCode"
            """;
    }

    public async Task<int> WriteDayAsync(DateOnly day, DateTime startUtc, DateTime endUtc, DateTime takenAt, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "DailyStatistics" WHERE "Day" = {day}""", cancellationToken);
        var insert = """
            INSERT INTO "DailyStatistics" ("Day", "DepartmentCode", "ItemCode", "CountyCode", "Received", "Accepted", "Completed",
                "CompletedOnTime", "CompletedOnTimeExtended", "WorkingDaysTaken", "Open", "Overdue", "TakenAt")
            SELECT f."Day", f."DepartmentCode", f."ItemCode", f."CountyCode", f."Received", f."Accepted", f."Completed",
                f."CompletedOnTime", f."CompletedOnTimeExtended", f."WorkingDaysTaken", f."Open", f."Overdue", {5}
            FROM (
            """ + Figures(db.Database.IsSqlite()) + """
            ) AS f
            """;
        var rows = await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(insert, day, startUtc, endUtc, true, "%", takenAt), cancellationToken);
        await RollUpMonthAsync(new DateOnly(day.Year, day.Month, 1), cancellationToken);
        return rows;
    }

    /// <summary>The month's flows added up again from its daily rows (in the same transaction as the day).</summary>
    private async Task RollUpMonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var last = month.AddMonths(1).AddDays(-1);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "MonthlyStatistics" WHERE "Month" = {month}""", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "MonthlyStatistics" ("Month", "DepartmentCode", "ItemCode", "CountyCode", "Received", "Accepted", "Completed",
                "CompletedOnTime", "CompletedOnTimeExtended", "WorkingDaysTaken", "Through")
            SELECT {month}, "DepartmentCode", "ItemCode", "CountyCode", SUM("Received"), SUM("Accepted"), SUM("Completed"),
                SUM("CompletedOnTime"), SUM("CompletedOnTimeExtended"), SUM("WorkingDaysTaken"), MAX("Day")
            FROM "DailyStatistics"
            WHERE "Day" >= {month} AND "Day" <= {last}
            GROUP BY "DepartmentCode", "ItemCode", "CountyCode"
            """,
            cancellationToken);
    }

    public async Task<IReadOnlyList<DailyFigures>> TodayAsync(DateOnly today, DateTime startUtc, DateTime endUtc, string countyPrefix, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<DailyFigures>(FormattableStringFactory.Create(Figures(db.Database.IsSqlite()), today, startUtc, endUtc, true, countyPrefix + "%"))
            .ToListAsync(cancellationToken);
}
