using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.StaffAccounts.UnlockStaffUser;

/// <summary>Lifts a lockout before its time, and clears the count of failures.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record UnlockStaffUserCommand(Guid Id) : IStaffAccountCommand;
