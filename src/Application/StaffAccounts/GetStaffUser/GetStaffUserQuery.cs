using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUser;

[Authorize(Roles = Roles.Administrator)]
public sealed record GetStaffUserQuery(Guid Id) : IQuery<StaffUserDto>;
