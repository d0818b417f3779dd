using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Reports.GetPublicOnTimeRates;

/// <summary>
/// 按时办结率 for residents: each department's on-time rate across the province over the last twelve
/// whole months and the current month to date. Anonymous; no personal data.
/// </summary>
public sealed record GetPublicOnTimeRatesQuery : IQuery<PublicOnTimeRatesDto>;

public sealed record PublicOnTimeRatesDto(
    DateOnly From,
    DateOnly To,
    string RegionCode,
    string MetricsVersion,
    DateTimeOffset AsOf,
    IReadOnlyList<PublicOnTimeRateDto> Departments,
    PublicOnTimeRateDto Total);

public sealed record PublicOnTimeRateDto(string Code, string Name, string NameEn, long Completed, long CompletedOnTime, decimal? OnTimeRate);
