using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUser;

[Authorize(Roles = Roles.Administrator)]
public sealed record GetStaffUserQuery(Guid Id) : IQuery<StaffUserDto>;
