using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetPendingExtensions;

/// <summary>Extension requests waiting for a supervisor of the caller's region, oldest first.</summary>
[Authorize(Role.Supervisor)]
public sealed record GetPendingExtensionsQuery : IQuery<IReadOnlyList<PendingExtensionDto>>;

public sealed record PendingExtensionDto(
    Guid Id,
    string TrackingNumber,
    string ItemCode,
    string DepartmentCode,
    string CountyCode,
    DateOnly DueDate,
    int WorkingDays,
    string Reason,
    DateTimeOffset RequestedAt,
    int ExtendedWorkingDays,
    Guid Version);
