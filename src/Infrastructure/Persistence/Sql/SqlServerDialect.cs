namespace ReliefPlatform.Infrastructure.Persistence.Sql;

/// <summary>
/// The statements in T-SQL: [bracketed] names, INSERT … SELECT … WHERE NOT EXISTS for "insert once",
/// SUBSTRING and +, TOP. Every one is parsed by Microsoft's T-SQL parser in the tests
/// (SqlServerDialectTests); none has run on a SQL Server engine here (ADR 0023).
/// </summary>
internal sealed class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    private SqlServerDialect()
    {
    }

    // SQL Server has no ON CONFLICT. UPDLOCK + HOLDLOCK take the probed key ranges of the unique index
    // (application, stage, due date) until the transaction ends, so of two concurrent sweeps the second
    // waits and then finds the rows; the unique key still guarantees "once" if anything slips past.
    public override string RaiseDeadlineEvents(ChasedDate date)
    {
        var ofStage = date == ChasedDate.Stage;
        var due = ofStage ? "a.[StageDueDate]" : "a.[DueDate]";
        var staged = ofStage ? " AND a.[Staged] = 1 AND a.[StageDueDate] < a.[DueDate]" : string.Empty;
        var (table, department) = date == ChasedDate.HelpRequest ? ("HelpRequests", "''") : ("Applications", "a.[DepartmentCode]");
        return $$"""
            INSERT INTO [DeadlineEvents] ([ApplicationId], [Stage], [Phase], [DueDate], [DepartmentCode], [CountyCode], [OccurredAt])
            SELECT a.[Id], {0}, {1}, {{due}}, {{department}}, a.[CountyCode], {2}
            FROM [{{table}}] AS a
            WHERE a.[Status] = {3} AND {{due}} >= {4} AND {{due}} <= {5}{{staged}}
                AND NOT EXISTS (
                    SELECT 1 FROM [DeadlineEvents] AS e WITH (UPDLOCK, HOLDLOCK)
                    WHERE e.[ApplicationId] = a.[Id] AND e.[Stage] = {0} AND e.[DueDate] = {{due}})
            """;
    }

    public override string NotifyDeadlineAudience(bool byDepartment, RegionLevel region)
    {
        var department = byDepartment ? "e.[DepartmentCode]" : "NULL";
        var regionCode = region switch
        {
            RegionLevel.Prefecture => "SUBSTRING(e.[CountyCode], 1, 4) + '00'",
            RegionLevel.Province => "SUBSTRING(e.[CountyCode], 1, 2) + '0000'",
            RegionLevel.StageTownship or RegionLevel.StageOffice => "a.[StageOfficeRegionCode]",
            _ => "e.[CountyCode]",
        };
        var township = region switch
        {
            RegionLevel.StageTownship => "JOIN [Applications] AS a ON a.[Id] = e.[ApplicationId] AND LEN(a.[StageOfficeRegionCode]) = 9",
            RegionLevel.StageOffice => "JOIN [Applications] AS a ON a.[Id] = e.[ApplicationId]",
            _ => string.Empty,
        };
        var groupBy = byDepartment ? $"{department}, {regionCode}" : regionCode;
        return $$"""
            INSERT INTO [StaffNotifications] ([Kind], [AudienceRole], [AudienceDepartmentCode], [AudienceRegionCode], [Count], [CreatedAt])
            SELECT {0}, {1}, {{department}}, {{regionCode}}, COUNT(*), {2}
            FROM [DeadlineEvents] AS e {{township}} WHERE e.[OccurredAt] = {2} AND e.[Stage] = {3}
            GROUP BY {{groupBy}}
            """;
    }

    // A double click racing itself: the second waits on the key range, then inserts nothing.
    public override string MarkNotificationRead => """
        INSERT INTO [StaffNotificationReads] ([NotificationId], [StaffId], [ReadAt])
        SELECT {0}, {1}, {2}
        WHERE NOT EXISTS (
            SELECT 1 FROM [StaffNotificationReads] WITH (UPDLOCK, HOLDLOCK) WHERE [NotificationId] = {0} AND [StaffId] = {1})
        """;

    // The same two halves as on SQLite and PostgreSQL (still open; finished since the day began),
    // left to the optimizer's choice of index.
    public override string DailyFigures => """
        SELECT {0} AS [Day], f.[DepartmentCode], f.[ItemCode], f.[CountyCode],
            CAST(SUM(f.[Received]) AS BIGINT) AS [Received], CAST(SUM(f.[Accepted]) AS BIGINT) AS [Accepted], CAST(SUM(f.[Completed]) AS BIGINT) AS [Completed],
            CAST(SUM(f.[CompletedOnTime]) AS BIGINT) AS [CompletedOnTime], CAST(SUM(f.[CompletedOnTimeExtended]) AS BIGINT) AS [CompletedOnTimeExtended],
            CAST(SUM(f.[WorkingDaysTaken]) AS BIGINT) AS [WorkingDaysTaken], CAST(SUM(f.[Open]) AS BIGINT) AS [Open], CAST(SUM(f.[Overdue]) AS BIGINT) AS [Overdue]
        FROM (
        SELECT a.[CountyCode], a.[DepartmentCode], a.[ItemCode],
            SUM(CASE WHEN a.[SubmittedAt] >= {1} THEN 1 ELSE 0 END) AS [Received],
            SUM(CASE WHEN a.[AcceptedAt] >= {1} AND a.[AcceptedAt] < {2} THEN 1 ELSE 0 END) AS [Accepted],
            0 AS [Completed], 0 AS [CompletedOnTime], 0 AS [CompletedOnTimeExtended], 0 AS [WorkingDaysTaken],
            COUNT(*) AS [Open],
            SUM(CASE WHEN a.[DueDate] < {0} THEN 1 ELSE 0 END) AS [Overdue]
        FROM [Applications] AS a
        WHERE a.[CompletedAt] IS NULL AND a.[SubmittedAt] < {2} AND a.[CountyCode] LIKE {4}
        GROUP BY a.[CountyCode], a.[DepartmentCode], a.[ItemCode]
        UNION ALL
        SELECT a.[CountyCode], a.[DepartmentCode], a.[ItemCode],
            SUM(CASE WHEN a.[SubmittedAt] >= {1} AND a.[SubmittedAt] < {2} THEN 1 ELSE 0 END) AS [Received],
            SUM(CASE WHEN a.[AcceptedAt] >= {1} AND a.[AcceptedAt] < {2} THEN 1 ELSE 0 END) AS [Accepted],
            SUM(CASE WHEN a.[CompletedOnTime] IS NOT NULL AND a.[CompletedAt] >= {1} AND a.[CompletedAt] < {2} THEN 1 ELSE 0 END) AS [Completed],
            SUM(CASE WHEN a.[CompletedOnTime] = {3} AND a.[CompletedAt] >= {1} AND a.[CompletedAt] < {2} THEN 1 ELSE 0 END) AS [CompletedOnTime],
            SUM(CASE WHEN a.[CompletedOnTime] = {3} AND a.[ExtendedWorkingDays] > 0 AND a.[CompletedAt] >= {1} AND a.[CompletedAt] < {2} THEN 1 ELSE 0 END) AS [CompletedOnTimeExtended],
            SUM(CASE WHEN a.[CompletedOnTime] IS NOT NULL AND a.[CompletedAt] >= {1} AND a.[CompletedAt] < {2} THEN COALESCE(a.[WorkingDaysTaken], 0) ELSE 0 END) AS [WorkingDaysTaken],
            SUM(CASE WHEN a.[CompletedAt] IS NULL OR a.[CompletedAt] >= {2} THEN 1 ELSE 0 END) AS [Open],
            SUM(CASE WHEN (a.[CompletedAt] IS NULL OR a.[CompletedAt] >= {2}) AND a.[DueDate] < {0} THEN 1 ELSE 0 END) AS [Overdue]
        FROM [Applications] AS a
        WHERE a.[CompletedAt] >= {1} AND a.[SubmittedAt] < {2} AND a.[CountyCode] LIKE {4}
        GROUP BY a.[CountyCode], a.[DepartmentCode], a.[ItemCode]
        ) AS f
        GROUP BY f.[DepartmentCode], f.[ItemCode], f.[CountyCode]
        """;

    public override string DeleteDailyStatistics => "DELETE FROM [DailyStatistics] WHERE [Day] = {0}";

    public override string InsertDailyStatistics => $$"""
        INSERT INTO [DailyStatistics] ([Day], [DepartmentCode], [ItemCode], [CountyCode], [Received], [Accepted], [Completed],
            [CompletedOnTime], [CompletedOnTimeExtended], [WorkingDaysTaken], [Open], [Overdue], [TakenAt])
        SELECT f.[Day], f.[DepartmentCode], f.[ItemCode], f.[CountyCode], f.[Received], f.[Accepted], f.[Completed],
            f.[CompletedOnTime], f.[CompletedOnTimeExtended], f.[WorkingDaysTaken], f.[Open], f.[Overdue], {5}
        FROM (
        {{DailyFigures}}
        ) AS f
        """;

    public override string DeleteMonthlyStatistics => "DELETE FROM [MonthlyStatistics] WHERE [Month] = {0}";

    public override string InsertMonthlyStatistics => """
        INSERT INTO [MonthlyStatistics] ([Month], [DepartmentCode], [ItemCode], [CountyCode], [Received], [Accepted], [Completed],
            [CompletedOnTime], [CompletedOnTimeExtended], [WorkingDaysTaken], [Through])
        SELECT {0}, [DepartmentCode], [ItemCode], [CountyCode], SUM([Received]), SUM([Accepted]), SUM([Completed]),
            SUM([CompletedOnTime]), SUM([CompletedOnTimeExtended]), SUM([WorkingDaysTaken]), MAX([Day])
        FROM [DailyStatistics]
        WHERE [Day] >= {0} AND [Day] <= {1}
        GROUP BY [DepartmentCode], [ItemCode], [CountyCode]
        """;

    public override string StalePersonalDataIds(string table, IReadOnlyList<string> encryptedColumns, string? unindexedColumn)
    {
        var stale = encryptedColumns.Select(c => $"([{c}] IS NOT NULL AND [{c}] NOT LIKE {{0}})")
            .Concat(unindexedColumn is null ? [] : [$"[{unindexedColumn}] IS NULL"]);
        return $"SELECT TOP ({{1}}) [Id] AS [Value] FROM [{table}] WHERE {string.Join(" OR ", stale)} ORDER BY [Id]";
    }
}
