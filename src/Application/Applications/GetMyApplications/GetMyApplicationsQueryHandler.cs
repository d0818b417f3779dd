using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetMyApplications;

internal sealed class GetMyApplicationsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<GetMyApplicationsQuery, IReadOnlyList<MyApplicationDto>>
{
    // A resident has a handful; the cap only guards against a runaway account.
    private const int Limit = 200;

    public async Task<IReadOnlyList<MyApplicationDto>> Handle(GetMyApplicationsQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var rows = await db.Applications.AsNoTracking()
            .VisibleTo(user)
            .OrderByDescending(a => a.SubmittedAt)
            .Take(Limit)
            .Select(a => new { a.Id, a.TrackingNumber, a.Status, a.ItemCode, a.DepartmentCode, a.SubmittedAt, a.DueDate })
            .ToListAsync(cancellationToken)
            ;

        return rows.Select(a => new MyApplicationDto(
                a.Id,
                a.TrackingNumber,
                a.Status.ToString(),
                a.ItemCode,
                Text.Pick(snapshot.FindItem(a.ItemCode)?.Name ?? a.ItemCode, snapshot.FindItem(a.ItemCode)?.NameEn ?? a.ItemCode),
                a.DepartmentCode,
                ChinaTime.ToChinaOffset(a.SubmittedAt),
                a.DueDate,
                ApplicationLifecycle.Of(a.Status).Clock == ClockState.Paused)
        {
            WorkingDaysLeft = ApplicationLifecycle.Of(a.Status).Clock == ClockState.Running ? calendar.WorkingDaysBetween(today, a.DueDate) : null,
            DueDateProvisional = ApplicationLifecycle.Of(a.Status).Clock != ClockState.Stopped && calendar.IsProvisional(a.DueDate),
        })
            .ToList();
    }
}
