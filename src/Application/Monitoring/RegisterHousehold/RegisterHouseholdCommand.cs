using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.RegisterHousehold;

/// <summary>An official puts a household of their county on the monitoring register; it is evaluated at once.</summary>
[Authorize(Role.Caseworker)]
public sealed record RegisterHouseholdCommand(
    RegionCode RegionCode,
    string HeadName,
    IReadOnlyList<HouseholdMemberInput> Members,
    decimal PerCapitaIncome,
    decimal UnavoidableSpending,
    IReadOnlyList<string>? Hardships,
    bool FormerlyPoor) : ICommand<HouseholdDto>, IHouseholdDetails;
