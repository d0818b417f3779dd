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

    /// <summary>
    /// True while the clock has not stopped and the due date falls in a year whose holidays are not entered:
    /// it was counted Monday–Friday and moves when an administrator enters them.
    /// </summary>
    public bool DueDateProvisional { get; init; }
}
