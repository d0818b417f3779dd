using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.DisableStaffUser;

/// <summary>Stops an account from signing in and ends its sessions at once. Administrators cannot disable themselves.</summary>
[Authorize(Role.Administrator)]
public sealed record DisableStaffUserCommand(Guid Id) : IStaffAccountCommand;
