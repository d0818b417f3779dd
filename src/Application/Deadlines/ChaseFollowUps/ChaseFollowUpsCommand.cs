using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Deadlines.ChaseFollowUps;

/// <summary>
/// The <c>chase-follow-ups</c> job: poor ratings due for a follow-up by the next working day are
/// reminded to the department's caseworkers in the county; those past their five working days are
/// reported to the county's supervisors and the department. Each once, one notice per audience.
/// </summary>
public sealed record ChaseFollowUpsCommand : ICommand<ChaseFollowUpsResult>, ITransactionalCommand
{
    public const string JobName = "chase-follow-ups";
}

public sealed record ChaseFollowUpsResult(int Reminded, int ReportedOverdue);

internal sealed class ChaseFollowUpsCommandHandler(IApplicationDbContext db, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<ChaseFollowUpsCommand, ChaseFollowUpsResult>
{
    public async Task<ChaseFollowUpsResult> Handle(ChaseFollowUpsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var soon = (await calendars.GetAsync(cancellationToken)).AddWorkingDays(today, 1);
        var due = await db.RatingFollowUps.Where(f => f.ClosedAt == null && f.RemindedAt == null && f.DueDate <= soon).ToListAsync(cancellationToken);
        var overdue = await db.RatingFollowUps.Where(f => f.ClosedAt == null && f.OverdueReportedAt == null && f.DueDate < today).ToListAsync(cancellationToken);

        foreach (var audience in due.GroupBy(f => (f.DepartmentCode, f.CountyCode)))
        {
            db.StaffNotifications.Add(StaffNotification.OfFollowUps(
                NotificationKind.FollowUpReminder, Role.Caseworker, DepartmentCode.Parse(audience.Key.DepartmentCode), RegionCode.Parse(audience.Key.CountyCode), audience.Count(), now));
        }

        foreach (var audience in overdue.GroupBy(f => (f.DepartmentCode, f.CountyCode)))
        {
            db.StaffNotifications.Add(StaffNotification.OfFollowUps(
                NotificationKind.FollowUpOverdue, Role.Caseworker, DepartmentCode.Parse(audience.Key.DepartmentCode), RegionCode.Parse(audience.Key.CountyCode), audience.Count(), now));
        }

        foreach (var county in overdue.GroupBy(f => f.CountyCode))
        {
            db.StaffNotifications.Add(StaffNotification.OfFollowUps(NotificationKind.FollowUpOverdue, Role.Supervisor, null, RegionCode.Parse(county.Key), county.Count(), now));
        }

        due.ForEach(f => f.MarkReminded(now));
        overdue.ForEach(f => f.MarkOverdueReported(now));
        return new ChaseFollowUpsResult(due.Count, overdue.Count);
    }
}
