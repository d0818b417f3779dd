using MediatR;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Application.Deadlines.ChaseDeadlines;

internal sealed class ChaseDeadlinesCommandHandler(IDeadlineSweep sweep, IWorkingCalendarProvider calendars, DeadlinePolicy policy, TimeProvider clock, UrgentAidChase urgent)
    : IRequestHandler<ChaseDeadlinesCommand, ChaseDeadlinesResult>
{
    public async Task<ChaseDeadlinesResult> Handle(ChaseDeadlinesCommand request, CancellationToken cancellationToken)
    {
        // Whole milliseconds: the instant is stored and matched again, and PostgreSQL keeps microseconds.
        var now = clock.GetUtcNow().UtcDateTime;
        var sweptAt = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var today = ChinaTime.DateOf(sweptAt);
        var calendar = await calendars.GetAsync(cancellationToken);

        // Intake limits are a working day or so: reminding two days ahead would remind of every new
        // submission at once, so intake is reminded on its due day.
        var reminded = await sweep.RaiseAsync(DeadlineStage.Reminder, DeadlinePhase.Intake, today, today, sweptAt, cancellationToken)
            + await sweep.RaiseAsync(DeadlineStage.Reminder, DeadlinePhase.Decision, today, policy.RemindUpTo(today, calendar), sweptAt, cancellationToken)
            + await sweep.RaiseAsync(DeadlineStage.Reminder, DeadlinePhase.Appeal, today, policy.RemindUpTo(today, calendar), sweptAt, cancellationToken);
        var overdue = await sweep.RaiseAsync(DeadlineStage.Overdue, null, null, today.AddDays(-1), sweptAt, cancellationToken);
        var escalated = await sweep.RaiseAsync(DeadlineStage.Escalated, null, null, policy.EscalateBefore(today, calendar).AddDays(-1), sweptAt, cancellationToken);

        // A township's stage can run late while the application is still on time (ADR 0040).
        var stageReminded = await sweep.RaiseStageAsync(DeadlineStage.StageReminder, today, policy.RemindUpTo(today, calendar), sweptAt, cancellationToken);
        var stageOverdue = await sweep.RaiseStageAsync(DeadlineStage.StageOverdue, null, today.AddDays(-1), sweptAt, cancellationToken);

        // 求助 (ADR 0044) is reminded on its due day, as intake is: reminding two working days ahead of a
        // three-day limit would remind of almost every request the day after it came in.
        var helpDue = await sweep.RaiseHelpRequestsAsync(DeadlineStage.HelpRequestDue, today, today, sweptAt, cancellationToken);
        var helpLate = await sweep.RaiseHelpRequestsAsync(DeadlineStage.HelpRequestLate, null, today.AddDays(-1), sweptAt, cancellationToken);

        // Notices summarise the events this run raised; a re-run that raised none adds none.
        var raised = reminded + overdue + escalated + stageReminded + stageOverdue + helpDue + helpLate;
        var notifications = raised > 0 ? await sweep.NotifyAsync(sweptAt, cancellationToken) : 0;
        var urgentAlerts = await urgent.RaiseAsync(sweptAt, calendar, policy, cancellationToken);
        return new ChaseDeadlinesResult(today, reminded, overdue, escalated, notifications)
        {
            UrgentAlerts = urgentAlerts,
            StageReminded = stageReminded,
            StageOverdue = stageOverdue,
            HelpRequestsDue = helpDue,
            HelpRequestsLate = helpLate,
        };
    }
}
