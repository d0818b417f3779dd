using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.GetCalendarStatus;

[Authorize(Role.Administrator, Role.Supervisor, Role.Caseworker)]
public sealed record GetCalendarStatusQuery : IQuery<CalendarStatusDto>;

/// <summary>
/// China's date and the years whose holidays an administrator should enter now (this year when missing,
/// next year from 1 November). Due dates in those years are counted Monday–Friday and shown as provisional.
/// </summary>
public sealed record CalendarStatusDto(DateOnly Today, IReadOnlyList<int> MissingYears);
