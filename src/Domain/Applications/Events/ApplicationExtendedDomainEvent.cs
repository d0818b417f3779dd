using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationExtendedDomainEvent(Guid ApplicationId, int WorkingDays, DateOnly NewDueDate, DateTime OccurredAtUtc) : IDomainEvent;
