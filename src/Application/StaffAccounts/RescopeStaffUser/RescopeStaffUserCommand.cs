using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.StaffAccounts.RescopeStaffUser;

/// <summary>
/// Gives an account another role, department or region. Its sessions end, since their tokens carry the
/// old scope. Administrators cannot change their own role.
/// </summary>
// Qualified: the request's own Role property hides the type here.
[Authorize(Domain.Common.Role.Administrator)]
public sealed record RescopeStaffUserCommand(Guid Id, string Role, DepartmentCode? DepartmentCode, RegionCode RegionCode) : IStaffAccountCommand, IStaffScope;
