using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetCompletionReport;

/// <summary>
/// 办结情况: the completion figures of the supervisor's region for a period, grouped by department,
/// service item, region (counties for county and prefecture supervisors, prefectures for the province)
/// or month. Definitions: docs/metrics.md.
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetCompletionReportQuery(DateOnly From, DateOnly To, string GroupBy = "department") : IQuery<CompletionReportDto>, IReportPeriod;

public sealed record CompletionReportDto(
    DateOnly From,
    DateOnly To,
    string GroupBy,
    string RegionCode,
    string MetricsVersion,
    DateTimeOffset AsOf,
    DateOnly? SnapshotThrough,
    IReadOnlyList<CompletionRowDto> Rows,
    CompletionRowDto Total)
{
    /// <summary>先行救助 reported apart (docs/metrics.md); the rows and the total above count urgent cases as any case.</summary>
    public UrgentFiguresDto? Urgent { get; init; }

    /// <summary>Per stage and per office level (township, county department) from the stage records (docs/metrics.md, "Stages").</summary>
    public StageReportDto? Stages { get; init; }
}

/// <summary>
/// The urgent track's figures of a period (docs/metrics.md): of the urgent cases filed in it, how many
/// help clocks ended, how many with help within the hours, how many helped cases were decided and how many
/// of those within the paperwork's working days; and of the period's completions, the urgent ones.
/// </summary>
public sealed record UrgentFiguresDto(
    long Filed,
    long HelpDue,
    long Helped,
    long HelpedWithinHours,
    decimal? HelpOnTimeRate,
    long PaperworkCompleted,
    long PaperworkOnTime,
    decimal? PaperworkOnTimeRate,
    long UrgentCompleted,
    long UrgentCompletedOnTime);

public sealed record CompletionRowDto(
    string Key,
    string Name,
    long Received,
    long Accepted,
    long Completed,
    long CompletedOnTime,
    long CompletedOnTimeExtended,
    decimal? OnTimeRate,
    decimal? CompletionRate,
    long Open,
    long Overdue,
    decimal? AvgWorkingDays);
