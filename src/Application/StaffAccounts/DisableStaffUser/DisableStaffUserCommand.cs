using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.StaffAccounts.DisableStaffUser;

/// <summary>Stops an account from signing in and ends its sessions at once. Administrators cannot disable themselves.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record DisableStaffUserCommand(Guid Id) : IStaffAccountCommand;
