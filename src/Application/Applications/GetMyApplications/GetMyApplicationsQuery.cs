using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetMyApplications;

[Authorize(Role.Resident)]
public sealed record GetMyApplicationsQuery : IQuery<IReadOnlyList<MyApplicationDto>>;

public sealed record MyApplicationDto(
    Guid Id,
    string TrackingNumber,
    string Status,
    string ItemCode,
    string ItemName,
    string DepartmentCode,
    DateTimeOffset SubmittedAt,
    DateOnly DueDate,
    bool Paused)
{
    /// <summary>Working days until the due date while the department has the case (negative when overdue); null while paused or once closed.</summary>
    public int? WorkingDaysLeft { get; init; }
}
