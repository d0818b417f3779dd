using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.StaffAccounts.CreateStaffUser;

/// <summary>
/// Opens a staff account with a generated one-time password, shown once in the answer for the
/// administrator to hand over; the first sign-in must replace it (ADR 0013).
/// </summary>
// Qualified: the request's own Role property hides the type here.
[Authorize(Domain.Common.Role.Administrator)]
public sealed record CreateStaffUserCommand(string Username, string DisplayName, string Role, DepartmentCode? DepartmentCode, RegionCode RegionCode)
    : ICommand<CreatedStaffUserDto>, IStaffScope;

public sealed record CreatedStaffUserDto(StaffUserDto User, string OneTimePassword);
