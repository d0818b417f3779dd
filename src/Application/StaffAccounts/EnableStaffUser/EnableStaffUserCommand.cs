using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.StaffAccounts.EnableStaffUser;

[Authorize(Roles = Roles.Administrator)]
public sealed record EnableStaffUserCommand(Guid Id) : IStaffAccountCommand;
