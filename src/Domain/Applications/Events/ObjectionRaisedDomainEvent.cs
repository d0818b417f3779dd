using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.Applications.Events;

/// <summary>Someone objected to a public notice: the officials of the office holding the notice (the township) must hear of it.</summary>
public sealed record ObjectionRaisedDomainEvent(
    Guid ApplicationId, Guid ObjectionId, DepartmentCode DepartmentCode, RegionCode OfficeRegionCode, DateOnly DueDate, DateTime OccurredAtUtc) : IDomainEvent;
