using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.ChaseLeads;

/// <summary>
/// The <c>chase-leads</c> job: leads due within three days are reminded to the county's officials, and
/// leads past their fifteen days are reported to the county's supervisors and officials; each once,
/// as one notice per county and stage.
/// </summary>
public sealed record ChaseLeadsCommand : ICommand<ChaseLeadsResult>, ITransactionalCommand
{
    public const string JobName = "chase-leads";
}

public sealed record ChaseLeadsResult(int Reminded, int ReportedOverdue, int Notifications);

internal sealed class ChaseLeadsCommandHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<ChaseLeadsCommand, ChaseLeadsResult>
{
    public async Task<ChaseLeadsResult> Handle(ChaseLeadsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var soon = today.AddDays(Lead.ReminderDays);
        var due = await db.Leads.Where(l => l.Decision == null && l.RemindedAt == null && l.DueDate <= soon).ToListAsync(cancellationToken);
        var overdue = await db.Leads.Where(l => l.Decision == null && l.OverdueReportedAt == null && l.DueDate < today).ToListAsync(cancellationToken);

        var notices = 0;
        foreach (var county in due.GroupBy(l => RegionCode.Parse(l.RegionCode).County))
        {
            db.StaffNotifications.Add(StaffNotification.OfLeads(NotificationKind.LeadReminder, Role.Caseworker, county.Key, county.Count(), now));
            notices++;
        }

        foreach (var county in overdue.GroupBy(l => RegionCode.Parse(l.RegionCode).County))
        {
            db.StaffNotifications.Add(StaffNotification.OfLeads(NotificationKind.LeadOverdue, Role.Supervisor, county.Key, county.Count(), now));
            db.StaffNotifications.Add(StaffNotification.OfLeads(NotificationKind.LeadOverdue, Role.Caseworker, county.Key, county.Count(), now));
            notices += 2;
        }

        due.ForEach(l => l.MarkReminded(now));
        overdue.ForEach(l => l.MarkOverdueReported(now));
        return new ChaseLeadsResult(due.Count, overdue.Count, notices);
    }
}
