using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Monitoring.DecideLead;

/// <summary>
/// Decides a lead: "Included" (taken into monitoring, after a village notice of at least five days whose
/// first day is <paramref name="NoticeFrom"/>) or "NotIncluded", with the reason. Once only.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record DecideLeadCommand(Guid Id, string Decision, string Reason, DateOnly? NoticeFrom, Guid? ExpectedVersion) : ICommand<LeadDto>;
