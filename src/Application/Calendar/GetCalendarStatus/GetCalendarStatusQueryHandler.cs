using MediatR;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.GetCalendarStatus;

internal sealed class GetCalendarStatusQueryHandler(IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<GetCalendarStatusQuery, CalendarStatusDto>
{
    public async Task<CalendarStatusDto> Handle(GetCalendarStatusQuery request, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return new CalendarStatusDto(today, (await calendars.GetAsync(cancellationToken)).MissingYears(today));
    }
}
