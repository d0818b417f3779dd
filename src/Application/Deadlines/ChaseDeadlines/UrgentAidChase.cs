using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Deadlines.ChaseDeadlines;

/// <summary>
/// The urgent track's part of the deadline sweep (ADR 0039): the help clock in hours and the paperwork
/// clock in working days, each alert once per application (<see cref="UrgentAidAlert"/>), each told to
/// its audience about that one case. Urgent cases are few, so they are read one by one, not set-based.
/// </summary>
internal sealed class UrgentAidChase(IApplicationDbContext db, ICatalog catalog)
{
    /// <summary>
    /// Who hears of each alert: the department's caseworkers (the county's, and the township's when a township
    /// office holds the case's stage), the county's supervisors, the prefecture's.
    /// </summary>
    private static readonly Dictionary<UrgentAlertKind, (NotificationKind Kind, (Role Role, bool ByDepartment, bool Prefecture)[] Audiences)> Told = new()
    {
        [UrgentAlertKind.HelpReminder] = (NotificationKind.UrgentHelpSoon, [(Role.Caseworker, true, false)]),
        [UrgentAlertKind.HelpMissed] = (NotificationKind.UrgentHelpMissed, [(Role.Caseworker, true, false), (Role.Supervisor, false, false)]),
        [UrgentAlertKind.PaperworkReminder] = (NotificationKind.PaperworkSoon, [(Role.Caseworker, true, false)]),
        [UrgentAlertKind.PaperworkOverdue] = (NotificationKind.PaperworkOverdue, [(Role.Caseworker, true, false), (Role.Supervisor, false, false)]),
        [UrgentAlertKind.PaperworkEscalated] = (NotificationKind.UrgentEscalated, [(Role.Supervisor, false, true)]),
    };

    public async Task<int> RaiseAsync(DateTime sweptAt, WorkingCalendar calendar, DeadlinePolicy policy, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var earliestReminder = snapshot.Items.Select(i => i.UrgentTrack).OfType<UrgentTrackRules>().SelectMany(r => r.RemindAtHoursLeft).DefaultIfEmpty(0).Max();
        var helpHorizon = sweptAt.AddHours(earliestReminder);
        var paperworkHorizon = policy.RemindUpTo(ChinaTime.DateOf(sweptAt), calendar);
        // A refusal under review (复核) was decided: its urgent clocks ended with the decision.
        var open = ApplicationLifecycle.Open.Where(s => s != ApplicationStatus.UnderAppeal).ToList();

        // The help clock runs in every open status (hours, whatever the resident owes); the paperwork
        // clock only where the ordinary clock runs, as the ordinary due date is chased.
        var running = ApplicationLifecycle.ClockRunning.Where(s => s != ApplicationStatus.UnderAppeal).ToList();
        var cases = await db.Applications.AsNoTracking()
            .Where(a => a.UrgentAid != null && open.Contains(a.Status)
                && ((a.UrgentAid.HelpRecordedAt == null && a.UrgentAid.HelpDueAt <= helpHorizon)
                    || (a.UrgentAid.HelpRecordedAt != null && running.Contains(a.Status) && a.UrgentAid.PaperworkDueDate <= paperworkHorizon)))
            .Select(a => new { a.Id, a.ItemCode, a.DepartmentCode, a.CountyCode, a.StageOfficeRegionCode, Aid = a.UrgentAid! })
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return 0;
        }

        var ids = cases.Select(c => c.Id).ToList();
        var raised = (await db.UrgentAidAlerts.AsNoTracking().Where(e => ids.Contains(e.ApplicationId))
            .Select(e => new { e.ApplicationId, e.Kind, e.HoursLeft }).ToListAsync(cancellationToken))
            .Select(e => (e.ApplicationId, new UrgentAlert(e.Kind, e.HoursLeft)))
            .ToHashSet();

        var count = 0;
        foreach (var c in cases)
        {
            if (snapshot.FindItem(c.ItemCode)?.UrgentTrack is not { } rules)
            {
                continue;
            }

            foreach (var alert in c.Aid.AlertsDue(sweptAt, rules, calendar, policy).Where(a => !raised.Contains((c.Id, a))))
            {
                db.UrgentAidAlerts.Add(UrgentAidAlert.Raise(c.Id, alert, c.DepartmentCode, c.CountyCode, sweptAt));
                var (kind, audiences) = Told[alert.Kind];
                foreach (var (role, byDepartment, prefecture) in audiences)
                {
                    var region = RegionCode.Parse(prefecture ? c.CountyCode[..4] + "00" : c.CountyCode);
                    var department = byDepartment ? DepartmentCode.Parse(c.DepartmentCode) : null;
                    db.StaffNotifications.Add(StaffNotification.OfUrgentAid(kind, role, department, region, c.Id, sweptAt));

                    // The township office holding the case's stage must act on it, not only hear of it through the county.
                    if (department is not null && c.StageOfficeRegionCode.Length == RegionCode.TownshipLength)
                    {
                        db.StaffNotifications.Add(StaffNotification.OfUrgentAid(kind, role, department, RegionCode.Parse(c.StageOfficeRegionCode), c.Id, sweptAt));
                    }
                }

                count++;
            }
        }

        return count;
    }
}
