using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.EnableStaffUser;

[Authorize(Role.Administrator)]
public sealed record EnableStaffUserCommand(Guid Id) : IStaffAccountCommand;
