using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetOverdueApplications;

/// <summary>
/// The applications behind a completion-report cell that are overdue now: open with a running clock
/// (submitted or accepted; a case waiting for the resident is paused) and past their due date, in the
/// supervisor's region, optionally limited to one department, item, region (as the report groups it) or
/// month of filing. Most overdue first.
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetOverdueApplicationsQuery(string? GroupBy = null, string? Key = null, int Page = 1, int PageSize = 20) : IQuery<OverduePageDto>;

public sealed record OverduePageDto(
    string? GroupBy, string? Key, string RegionCode, DateTimeOffset AsOf, IReadOnlyList<OverdueApplicationDto> Items, int Total, int Page, int PageSize);

/// <summary>
/// One overdue application. It is held by the queue of <c>departmentCode</c> in <c>countyCode</c>;
/// <c>lastCaseworker</c> is the last caseworker of that department who acted on it, when there is one.
/// </summary>
public sealed record OverdueApplicationDto(
    Guid Id,
    string TrackingNumber,
    string ItemCode,
    string ItemName,
    string DepartmentCode,
    string DepartmentName,
    string CountyCode,
    string? CountyName,
    string Status,
    DateTimeOffset SubmittedAt,
    DateOnly DueDate,
    int WorkingDaysOverdue,
    string? LastCaseworker,
    string ApplicantName,
    int SupervisionNotes,
    DateOnly? LatestSupervisionDeadline,
    bool SupervisionLapsed);
