using MediatR;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.GetMyApplications;

[Authorize(Roles = Roles.Resident)]
public sealed record GetMyApplicationsQuery : IRequest<IReadOnlyList<MyApplicationDto>>;

public sealed record MyApplicationDto(
    Guid Id,
    string TrackingNumber,
    string Status,
    string ItemCode,
    string ItemName,
    string DepartmentCode,
    DateTimeOffset SubmittedAt,
    DateOnly DueDate,
    bool Paused);
