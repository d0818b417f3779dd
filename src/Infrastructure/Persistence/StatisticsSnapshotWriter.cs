using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>One day's statistics as DELETE + INSERT … SELECT … GROUP BY, valid on SQLite and PostgreSQL, in the command's transaction.</summary>
internal sealed class StatisticsSnapshotWriter(ReliefDbContext db) : IStatisticsSnapshotWriter
{
    public async Task<int> WriteDayAsync(DateOnly day, DateTime startUtc, DateTime endUtc, DateTime takenAt, CancellationToken cancellationToken)
    {
        var onTime = true;
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "DailyStatistics" WHERE "Day" = {day}""", cancellationToken);
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "DailyStatistics" ("Day", "DepartmentCode", "ItemCode", "CountyCode", "Received", "Accepted", "Completed",
                "CompletedOnTime", "CompletedOnTimeExtended", "WorkingDaysTaken", "Open", "Overdue", "TakenAt")
            SELECT {day}, a."DepartmentCode", a."ItemCode", a."CountyCode",
                SUM(CASE WHEN a."SubmittedAt" >= {startUtc} AND a."SubmittedAt" < {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN a."AcceptedAt" >= {startUtc} AND a."AcceptedAt" < {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN a."CompletedOnTime" IS NOT NULL AND a."CompletedAt" >= {startUtc} AND a."CompletedAt" < {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN a."CompletedOnTime" = {onTime} AND a."CompletedAt" >= {startUtc} AND a."CompletedAt" < {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN a."CompletedOnTime" = {onTime} AND a."ExtendedWorkingDays" > 0 AND a."CompletedAt" >= {startUtc} AND a."CompletedAt" < {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN a."CompletedOnTime" IS NOT NULL AND a."CompletedAt" >= {startUtc} AND a."CompletedAt" < {endUtc} THEN COALESCE(a."WorkingDaysTaken", 0) ELSE 0 END),
                SUM(CASE WHEN a."CompletedAt" IS NULL OR a."CompletedAt" >= {endUtc} THEN 1 ELSE 0 END),
                SUM(CASE WHEN (a."CompletedAt" IS NULL OR a."CompletedAt" >= {endUtc}) AND a."DueDate" < {day} THEN 1 ELSE 0 END),
                {takenAt}
            FROM "Applications" AS a
            WHERE a."SubmittedAt" < {endUtc} AND (a."CompletedAt" IS NULL OR a."CompletedAt" >= {startUtc})
            GROUP BY a."DepartmentCode", a."ItemCode", a."CountyCode"
            """,
            cancellationToken);
    }
}
