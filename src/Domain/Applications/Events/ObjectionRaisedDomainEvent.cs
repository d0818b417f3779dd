using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications.Events;

/// <summary>Someone objected to a public notice: the township's officials of the department must hear of it.</summary>
public sealed record ObjectionRaisedDomainEvent(
    Guid ApplicationId, Guid ObjectionId, DepartmentCode DepartmentCode, string OfficeRegionCode, DateOnly DueDate, DateTime OccurredAtUtc) : IDomainEvent;
