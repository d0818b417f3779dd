using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.RaiseLead;

/// <summary>An official records a lead (线索) in their county, optionally about a registered household; it is due in 15 days.</summary>
[Authorize(Role.Caseworker)]
public sealed record RaiseLeadCommand(RegionCode RegionCode, string Subject, Guid? HouseholdId) : ICommand<LeadDto>;
