using MediatR;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.GetQueue;

/// <summary>The caseworker's queue: open applications by default, most urgent (earliest due) first.</summary>
[Authorize(Roles = Roles.Caseworker)]
public sealed record GetQueueQuery(string? Status, int Page = 1, int PageSize = 20) : IRequest<QueuePageDto>;

public sealed record QueuePageDto(IReadOnlyList<QueueItemDto> Items, int Total, int Page, int PageSize);

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
    Guid? AssignedToStaffId);
