using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationStatusChangedDomainEvent(
    Guid ApplicationId, ApplicationAction Action, ApplicationStatus From, ApplicationStatus To, DateTime OccurredAtUtc) : IDomainEvent;
