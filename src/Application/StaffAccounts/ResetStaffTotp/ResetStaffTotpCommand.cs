using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.ResetStaffTotp;

/// <summary>Forgets an account's second factor (a lost or replaced phone) and ends its sessions; supervisors and administrators enrol again at their next sign-in.</summary>
[Authorize(Role.Administrator)]
public sealed record ResetStaffTotpCommand(Guid Id) : IStaffAccountCommand;
