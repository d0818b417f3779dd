using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.UnlockStaffUser;

/// <summary>Lifts a lockout before its time, and clears the count of failures.</summary>
[Authorize(Role.Administrator)]
public sealed record UnlockStaffUserCommand(Guid Id) : IStaffAccountCommand;
