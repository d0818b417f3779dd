using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.Applications.Events;

public sealed record ApplicationSubmittedDomainEvent(Guid ApplicationId, DepartmentCode DepartmentCode, RegionCode CountyCode, DateTime OccurredAtUtc) : IDomainEvent;
