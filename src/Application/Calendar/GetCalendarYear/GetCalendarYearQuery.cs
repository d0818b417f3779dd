using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.GetCalendarYear;

[Authorize(Role.Administrator, Role.Supervisor, Role.Caseworker)]
public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDto>;

/// <summary>
/// A year's exceptions to Monday–Friday. <c>Known</c> is false while the State Council's notice for
/// the year has not been loaded, in which case every Monday–Friday counts as a working day.
/// </summary>
public sealed record CalendarYearDto(
    int Year,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> Workdays,
    bool Known,
    CalendarRevisionDto? LastRevision);

public sealed record CalendarRevisionDto(DateTimeOffset ChangedAt, Guid ChangedBy, int Rescheduled);
