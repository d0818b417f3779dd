using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationSupervisedDomainEvent(
    Guid ApplicationId, Guid SupervisionNoteId, string DepartmentCode, string CountyCode, DateOnly Deadline, DateTime OccurredAtUtc) : IDomainEvent;
