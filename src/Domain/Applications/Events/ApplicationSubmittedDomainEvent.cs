using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationSubmittedDomainEvent(Guid ApplicationId, string DepartmentCode, string CountyCode, DateTime OccurredAtUtc) : IDomainEvent;
