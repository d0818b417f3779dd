using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.SetThresholds;

/// <summary>
/// Sets a year's monitoring figures for the province, a prefecture or a county (the most specific one
/// covering a household applies). The households they cover are evaluated again by the
/// <c>evaluate-households</c> job, which this starts at once.
/// </summary>
[Authorize(Role.Administrator)]
public sealed record SetThresholdsCommand(int Year, RegionCode RegionCode, decimal PovertyLine, decimal WarningFactor, decimal MonitoringLine, decimal LargeSpendingLine)
    : ICommand<ThresholdsDto>;

public sealed record ThresholdsDto(int Year, string RegionCode, decimal PovertyLine, decimal WarningFactor, decimal WarningLine, decimal MonitoringLine, decimal LargeSpendingLine, int Revision, DateTime ChangedAt);
