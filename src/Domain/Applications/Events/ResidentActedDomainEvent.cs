using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.Applications.Events;

/// <summary>
/// A resident did something a caseworker should hear of; <see cref="HolderId"/> is who holds the case, if anyone,
/// and <see cref="OfficeRegionCode"/> the office holding its stage (the county, or a township).
/// </summary>
public sealed record ResidentActedDomainEvent(
    Guid ApplicationId, ResidentNews News, DepartmentCode DepartmentCode, RegionCode OfficeRegionCode, Guid? HolderId, DateTime OccurredAtUtc) : IDomainEvent;
