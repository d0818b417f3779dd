using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Monitoring.UpdateHousehold;

/// <summary>
/// An official records what changed in a household (income, spending, an illness, a disaster); the
/// household is evaluated again and a change of level is kept with the rule behind it. With
/// <paramref name="ExpectedVersion"/>, an update made meanwhile by someone else answers 409.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record UpdateHouseholdCommand(
    Guid Id,
    string HeadName,
    IReadOnlyList<HouseholdMemberInput> Members,
    decimal PerCapitaIncome,
    decimal UnavoidableSpending,
    IReadOnlyList<string>? Hardships,
    bool FormerlyPoor,
    Guid? ExpectedVersion) : ICommand<HouseholdDto>, IHouseholdDetails;
