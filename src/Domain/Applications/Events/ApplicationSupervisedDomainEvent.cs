using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationSupervisedDomainEvent(
    Guid ApplicationId, Guid SupervisionNoteId, DepartmentCode DepartmentCode, RegionCode CountyCode, DateOnly Deadline, DateTime OccurredAtUtc) : IDomainEvent;
