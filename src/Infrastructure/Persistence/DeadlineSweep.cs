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

    public async Task<int> NotifyAsync(DateTime sweptAt, CancellationToken cancellationToken)
    {
        // 催办 to the department's caseworkers in the county.
        var count = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
            SELECT 'Reminder', 'Caseworker', e."DepartmentCode", e."CountyCode", COUNT(*), {sweptAt}
            FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {sweptAt} AND e."Stage" = 'Reminder'
            GROUP BY e."DepartmentCode", e."CountyCode"
            """,
            cancellationToken);

        // 督办 to the county supervisors, and to the department that holds the cases.
        count += await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
            SELECT 'Supervision', 'Supervisor', NULL, e."CountyCode", COUNT(*), {sweptAt}
            FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {sweptAt} AND e."Stage" = 'Overdue'
            GROUP BY e."CountyCode"
            """,
            cancellationToken);
        count += await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
            SELECT 'Supervision', 'Caseworker', e."DepartmentCode", e."CountyCode", COUNT(*), {sweptAt}
            FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {sweptAt} AND e."Stage" = 'Overdue'
            GROUP BY e."DepartmentCode", e."CountyCode"
            """,
            cancellationToken);

        // Escalation to the prefecture (first four digits + 00) and the province (first two + 0000).
        count += await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
            SELECT 'Escalation', 'Supervisor', NULL, substr(e."CountyCode", 1, 4) || '00', COUNT(*), {sweptAt}
            FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {sweptAt} AND e."Stage" = 'Escalated'
            GROUP BY substr(e."CountyCode", 1, 4)
            """,
            cancellationToken);
        count += await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StaffNotifications" ("Kind", "AudienceRole", "AudienceDepartmentCode", "AudienceRegionCode", "Count", "CreatedAt")
            SELECT 'Escalation', 'Supervisor', NULL, substr(e."CountyCode", 1, 2) || '0000', COUNT(*), {sweptAt}
            FROM "DeadlineEvents" AS e WHERE e."OccurredAt" = {sweptAt} AND e."Stage" = 'Escalated'
            GROUP BY substr(e."CountyCode", 1, 2)
            """,
            cancellationToken);
        return count;
    }
}
