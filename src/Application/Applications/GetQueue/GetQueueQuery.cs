using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetQueue;

/// <summary>
/// The caseworker's queue: open applications by default, most urgent (earliest due) first, narrowed by
/// item, status, due window (<c>overdue</c>, <c>soon</c> within 2 working days, <c>week</c> within 5),
/// holder (<c>me</c>, <c>unassigned</c>, <c>others</c>) and a tracking number or part of one.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record GetQueueQuery(string? Status, int Page = 1, int PageSize = 20) : IQuery<QueuePageDto>
{
    public string? Item { get; init; }

    public string? Due { get; init; }

    public string? Assigned { get; init; }

    public string? Q { get; init; }
}

/// <summary>A page of the queue; <see cref="Counts"/> are over the caller's whole open queue, whatever the filters.</summary>
public sealed record QueuePageDto(IReadOnlyList<QueueItemDto> Items, int Total, int Page, int PageSize)
{
    public QueueCountsDto Counts { get; init; } = new(0, 0, 0, 0, 0, 0);
}

public sealed record QueueCountsDto(int Open, int Overdue, int DueSoon, int Paused, int Mine, int Unassigned);

public sealed record QueueItemDto(
    Guid Id,
    string TrackingNumber,
    string ItemCode,
    string ItemName,
    string Status,
    DateOnly DueDate,
    string SlaState,
    bool Paused,
    string ApplicantName,
    DateTimeOffset SubmittedAt,
    Guid? AssignedToStaffId)
{
    /// <summary>
    /// True while the clock has not stopped and the due date falls in a year whose holidays are not entered:
    /// it was counted Monday–Friday and moves when an administrator enters them.
    /// </summary>
    public bool DueDateProvisional { get; init; }

    public string? AssignedToName { get; init; }

    /// <summary>Resident, OnBehalf (他人代举) or Official (政府托举).</summary>
    public string Channel { get; init; } = "Resident";

    public Guid Version { get; init; }

    /// <summary>Working days left on a running clock (negative when overdue); null while paused or closed.</summary>
    public int? WorkingDaysLeft { get; init; }

    /// <summary><c>Running</c>, <c>Paused</c> (waiting for the resident) or <c>Stopped</c> (closed).</summary>
    public string Clock { get; init; } = "";

    /// <summary>What the caseworker may do to the case now, as the detail's <c>allowedActions</c> says it.</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>Filed by a resident account without 实名认证: the applicant is only what it typed.</summary>
    public bool Unverified { get; init; }

    /// <summary>Whom the resident account filed for (<c>Self</c>, <c>Spouse</c>…); null for what officials file.</summary>
    public string? Relationship { get; init; }

    /// <summary>疑似重复: another account filed first for the same person and item; merge (并案) or refuse it.</summary>
    public bool PossibleDuplicate { get; init; }
    /// <summary>What the resident did that no caseworker has opened the case since: <c>Supplemented</c>, <c>Withdrawn</c> or <c>PoorRating</c>.</summary>
    public string? ResidentNews { get; init; }

    /// <summary>先行救助: the urgent track's two clocks; null for an ordinary case.</summary>
    public UrgentAidDto? Urgent { get; init; }

    /// <summary>The stage the case is in and its own due date (the queue orders by it).</summary>
    public Procedure.StageDto? Stage { get; init; }
}
