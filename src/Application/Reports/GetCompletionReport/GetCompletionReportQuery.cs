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
    CompletionRowDto Total);

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
