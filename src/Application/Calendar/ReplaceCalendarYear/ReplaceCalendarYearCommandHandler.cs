using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.ReplaceCalendarYear;

internal sealed class ReplaceCalendarYearCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IWorkingCalendarProvider calendars, ICurrentUser user, IAuditTrail audit, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ReplaceCalendarYearCommand, ReplaceCalendarYearResult>
{
    private const int BatchSize = 500;

    public async Task<ReplaceCalendarYearResult> Handle(ReplaceCalendarYearCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var first = new DateOnly(request.Year, 1, 1);
        var last = new DateOnly(request.Year, 12, 31);

        // Built from the database, not the cache: another node may have changed it a moment ago.
        var oldDays = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        var newDays = oldDays.Where(d => d.Date < first || d.Date > last)
            .Concat(request.Holidays.Select(d => new CalendarDay(d, CalendarDayKind.Holiday)))
            .Concat(request.Workdays.Select(d => new CalendarDay(d, CalendarDayKind.Workday)))
            .ToList();
        var oldCalendar = new WorkingCalendar(oldDays);
        var newCalendar = new WorkingCalendar(newDays);

        await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ExecuteDeleteAsync(cancellationToken);
        db.CalendarDays.AddRange(newDays.Where(d => d.Date >= first && d.Date <= last).Select(d => new CalendarDay(d.Date, d.Kind)));
        await unitOfWork.SaveAsync(cancellationToken);

        // Only due dates on or after the first day whose kind changed can move.
        var changed = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(first.AddDays)
            .Where(d => oldCalendar.IsWorkingDay(d) != newCalendar.IsWorkingDay(d))
            .ToList();
        var rescheduled = changed.Count == 0 ? 0 : await RescheduleAsync(Max(today, changed[0]), today, now, oldCalendar, newCalendar, cancellationToken);

        db.CalendarRevisions.Add(new CalendarRevision(request.Year, user.RequiredId(), now, request.Holidays, request.Workdays, rescheduled));
        audit.Record(new AuditEntry(
            "calendar.replaced", AuditObjects.CalendarYear, request.Year.ToString(CultureInfo.InvariantCulture),
            Detail: $"{request.Holidays.Count} holidays, {request.Workdays.Count} workdays, {rescheduled} due dates moved"));
        afterCommit.Add(calendars.Invalidate);
        return new ReplaceCalendarYearResult(request.Year, request.Holidays.Order().ToList(), request.Workdays.Order().ToList(), rescheduled);
    }

    private async Task<int> RescheduleAsync(DateOnly dueFrom, DateOnly today, DateTime now, WorkingCalendar oldCalendar, WorkingCalendar newCalendar, CancellationToken cancellationToken)
    {
        var actor = user.ToActor();
        var moved = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Applications
                .Include(a => a.History)
                .AsSplitQuery()
                .Where(a => ApplicationLifecycle.Open.Contains(a.Status) && a.DueDate >= dueFrom && a.Id.CompareTo(after) > 0)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return moved;
            }

            moved += batch.Count(a => a.RescheduleForCalendar(actor, now, today, oldCalendar, newCalendar));
            after = batch[^1].Id;
            await unitOfWork.SaveAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
