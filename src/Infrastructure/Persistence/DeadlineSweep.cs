using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The sweep as plain SQL that SQLite and PostgreSQL both accept: INSERT … SELECT … ON CONFLICT DO
/// NOTHING. The unique key (application, stage, due date) makes every effect happen once, even when two
/// nodes or a re-run after a crash sweep at the same time; it runs in the command's transaction.
/// </summary>
internal sealed class DeadlineSweep(ReliefDbContext db) : IDeadlineSweep
{
    public Task<int> RaiseAsync(DeadlineStage stage, DeadlinePhase? phase, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken)
    {
        var stageName = stage.ToString();
        var from = dueFrom ?? DateOnly.MinValue;

        // Open cases with a running clock: submitted (intake) or accepted (decision); paused and closed ones are not chased.
        var (first, second) = phase switch
        {
            DeadlinePhase.Intake => ("Submitted", "Submitted"),
            DeadlinePhase.Decision => ("Accepted", "Accepted"),
            _ => ("Submitted", "Accepted"),
        };
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "DeadlineEvents" ("ApplicationId", "Stage", "Phase", "DueDate", "DepartmentCode", "CountyCode", "OccurredAt")
            SELECT a."Id", {stageName}, CASE WHEN a."Status" = 'Submitted' THEN 'Intake' ELSE 'Decision' END, a."DueDate", a."DepartmentCode", a."CountyCode", {sweptAt}
            FROM "Applications" AS a
            WHERE a."Status" IN ({first}, {second}) AND a."DueDate" >= {from} AND a."DueDate" <= {dueTo}
            ON CONFLICT ("ApplicationId", "Stage", "DueDate") DO NOTHING
            """,
            cancellationToken);
    }

    /// <summary>
    /// Who hears of each stage: 催办 goes to the department's caseworkers in the county; 督办 to the
    /// county supervisors and to the department holding the cases; escalation to the prefecture (first
    /// four digits + 00) and the province (first two + 0000). The expressions are fixed SQL, not input.
    /// </summary>
    private static readonly (string Kind, string Role, string Stage, string Department, string Region)[] Audiences =
    [
        ("Reminder", "Caseworker", "Reminder", """e."DepartmentCode" """, """e."CountyCode" """),
        ("Supervision", "Supervisor", "Overdue", "NULL", """e."CountyCode" """),
        ("Supervision", "Caseworker", "Overdue", """e."DepartmentCode" """, """e."CountyCode" """),
        ("Escalation", "Supervisor", "Escalated", "NULL", """substr(e."CountyCode", 1, 4) || '00'"""),
        ("Escalation", "Supervisor", "Escalated", "NULL", """substr(e."CountyCode", 1, 2) || '0000'"""),
    ];

    public async Task<int> NotifyAsync(DateTime sweptAt, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (kind, role, stage, department, region) in Audiences)
        {
            var groupBy = department == "NULL" ? region : $"{department}, {region}";
            var sql = $$"""
                INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
                SELECT {0}, {1}, {{department}}, {{region}}, COUNT(*), {2}
                FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {2} AND e."Stage" = {3}
                GROUP BY {{groupBy}}
                """;
            count += await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(sql, kind, role, sweptAt, stage), cancellationToken);
        }

        return count;
    }
}
