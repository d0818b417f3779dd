using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUsers;

/// <summary>Staff accounts by username, optionally of one role, one department, or within one region (and the regions below it).</summary>
// Qualified: the request's own Role property hides the type here.
[Authorize(Domain.Common.Role.Administrator)]
public sealed record GetStaffUsersQuery(string? Role = null, string? DepartmentCode = null, RegionCode? RegionCode = null, int Page = 1, int PageSize = 20)
    : IQuery<StaffUserPageDto>;

public sealed record StaffUserPageDto(IReadOnlyList<StaffUserDto> Items, int Total, int Page, int PageSize);
