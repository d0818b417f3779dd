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
    bool SupervisionLapsed)
{
    /// <summary>For a case of a staged procedure (ADR 0040): the stage it is in, with its office and its own due date.</summary>
    public OverdueStageDto? Stage { get; init; }

    /// <summary>For a staged case: its earlier stages that ended after their own due date, in order.</summary>
    public IReadOnlyList<OverdueStageDto>? LateStages { get; init; }
}

/// <summary>
/// A stage of an overdue staged case: its catalog key and name, the office level and office (a township,
/// or the county department) and the stage's own due date; <c>workingDaysOverdue</c> counts working days in
/// (due date, today] for the stage in progress, or (due date, the day it ended] for an earlier one; 0 when on time.
/// </summary>
public sealed record OverdueStageDto(
    string Key, string Name, string Office, string OfficeRegionCode, string OfficeName, DateOnly DueDate, int WorkingDaysOverdue);
