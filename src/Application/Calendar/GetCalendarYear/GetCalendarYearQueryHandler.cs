using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.GetCalendarYear;

internal sealed class GetCalendarYearQueryHandler(IApplicationDbContext db) : IRequestHandler<GetCalendarYearQuery, CalendarYearDto>
{
    public async Task<CalendarYearDto> Handle(GetCalendarYearQuery request, CancellationToken cancellationToken)
    {
        var first = new DateOnly(request.Year, 1, 1);
        var last = new DateOnly(request.Year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .ToListAsync(cancellationToken);
        var revision = await db.CalendarRevisions.AsNoTracking()
            .Where(r => r.Year == request.Year)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new CalendarYearDto(
            request.Year,
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToList(),
            days.Where(d => d.Kind == CalendarDayKind.Workday).Select(d => d.Date).ToList(),
            days.Count > 0,
            revision is null ? null : new CalendarRevisionDto(ChinaTime.ToChinaOffset(revision.ChangedAt), revision.ChangedBy, revision.Rescheduled));
    }
}
