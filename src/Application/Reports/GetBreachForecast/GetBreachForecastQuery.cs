using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetBreachForecast;

/// <summary>
/// 超期预警: for each department queue (department × county) of the supervisor's region, the open cases
/// falling due within the next <paramref name="Days"/> working days, the queue's recent pace of
/// decisions, and how many of those cases will breach at that pace (model: docs/metrics.md).
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetBreachForecastQuery(int Days = 5) : IQuery<BreachForecastDto>;

public sealed record BreachForecastDto(
    string RegionCode,
    DateTimeOffset AsOf,
    int Days,
    DateOnly WindowEnd,
    int PaceWorkingDays,
    DateOnly PaceFrom,
    string Model,
    IReadOnlyList<BreachForecastRowDto> Rows,
    BreachForecastTotalDto Total);

/// <summary>
/// One queue. <c>dueWithinWindow</c>: open with a running clock, due from today to <c>windowEnd</c>;
/// <c>overdueNow</c>: already past due (not in the model); <c>pace</c>: decisions per working day;
/// <c>firstBreachDate</c>: the first due date the pace cannot meet.
/// </summary>
public sealed record BreachForecastRowDto(
    string DepartmentCode,
    string DepartmentName,
    string CountyCode,
    string? CountyName,
    int DueWithinWindow,
    int OverdueNow,
    long Decisions,
    decimal Pace,
    int ExpectedBreaches,
    DateOnly? FirstBreachDate);

public sealed record BreachForecastTotalDto(int DueWithinWindow, int OverdueNow, long Decisions, int ExpectedBreaches);
