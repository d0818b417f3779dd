using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Infrastructure.Persistence.Sql;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The sweep as set-based SQL (the provider's <see cref="SqlDialect"/>): every effect is recorded once
/// per (application, stage, due date), even when two nodes or a re-run after a crash sweep at the same
/// time; it runs in the command's transaction.
/// </summary>
internal sealed class DeadlineSweep(ReliefDbContext db, SqlDialect sql) : IDeadlineSweep
{
    public Task<int> RaiseAsync(DeadlineStage stage, DeadlinePhase? phase, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken) =>
        RaiseAsync(sql.RaiseDeadlineEvents(ChasedDate.Application), stage, phase, dueFrom, dueTo, sweptAt, cancellationToken);

    // Stages run while the decision's clock does (the acceptance stage is the intake limit itself; a
    // review's case keeps its last stage's date, long past).
    public Task<int> RaiseStageAsync(DeadlineStage stage, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken) =>
        RaiseAsync(sql.RaiseDeadlineEvents(ChasedDate.Stage), stage, DeadlinePhase.Decision, dueFrom, dueTo, sweptAt, cancellationToken);

    // Only open requests: a routed or answered one is done, whatever its due date.
    public Task<int> RaiseHelpRequestsAsync(DeadlineStage stage, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            FormattableStringFactory.Create(
                sql.RaiseDeadlineEvents(ChasedDate.HelpRequest), stage.ToString(), nameof(DeadlinePhase.HelpRequest), sweptAt, nameof(HelpRequestStatus.Open), dueFrom ?? DateOnly.MinValue, dueTo),
            cancellationToken);

    private async Task<int> RaiseAsync(string raise, DeadlineStage stage, DeadlinePhase? phase, DateOnly? dueFrom, DateOnly dueTo, DateTime sweptAt, CancellationToken cancellationToken)
    {
        var from = dueFrom ?? DateOnly.MinValue;

        // One statement per status whose clock runs against the phase; paused and closed cases are not chased.
        var count = 0;
        foreach (var chased in ApplicationLifecycle.Chased(phase))
        {
            var statement = FormattableStringFactory.Create(raise, stage.ToString(), chased.Phase!.Value.ToString(), sweptAt, chased.Status.ToString(), from, dueTo);
            count += await db.Database.ExecuteSqlAsync(statement, cancellationToken);
        }

        return count;
    }

    /// <summary>
    /// Who hears of each stage: 催办 goes to the department's caseworkers in the county, and in the
    /// township when a township office holds the case's stage; 督办 to the county supervisors and to the
    /// department holding the cases (the county's, and the township's); escalation to the prefecture and the province.
    /// A stage's own reminder or lateness goes only to the department's caseworkers of the office holding the stage.
    /// A help request (ADR 0044) has no department yet: every caseworker of its county is reminded, and
    /// when it is late they and the county's supervisors are told.
    /// </summary>
    private static readonly (string Kind, string Role, DeadlineStage Stage, bool ByDepartment, RegionLevel Region)[] Audiences =
    [
        ("Reminder", "Caseworker", DeadlineStage.Reminder, true, RegionLevel.County),
        ("Reminder", "Caseworker", DeadlineStage.Reminder, true, RegionLevel.StageTownship),
        ("Supervision", "Supervisor", DeadlineStage.Overdue, false, RegionLevel.County),
        ("Supervision", "Caseworker", DeadlineStage.Overdue, true, RegionLevel.County),
        ("Supervision", "Caseworker", DeadlineStage.Overdue, true, RegionLevel.StageTownship),
        ("Escalation", "Supervisor", DeadlineStage.Escalated, false, RegionLevel.Prefecture),
        ("Escalation", "Supervisor", DeadlineStage.Escalated, false, RegionLevel.Province),
        ("StageReminder", "Caseworker", DeadlineStage.StageReminder, true, RegionLevel.StageOffice),
        ("StageOverdue", "Caseworker", DeadlineStage.StageOverdue, true, RegionLevel.StageOffice),
        ("HelpRequestDue", "Caseworker", DeadlineStage.HelpRequestDue, false, RegionLevel.County),
        ("HelpRequestLate", "Caseworker", DeadlineStage.HelpRequestLate, false, RegionLevel.County),
        ("HelpRequestLate", "Supervisor", DeadlineStage.HelpRequestLate, false, RegionLevel.County),
    ];

    public async Task<int> NotifyAsync(DateTime sweptAt, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (kind, role, stage, byDepartment, region) in Audiences)
        {
            var statement = FormattableStringFactory.Create(sql.NotifyDeadlineAudience(byDepartment, region), kind, role, sweptAt, stage.ToString());
            count += await db.Database.ExecuteSqlAsync(statement, cancellationToken);
        }

        return count;
    }
}
