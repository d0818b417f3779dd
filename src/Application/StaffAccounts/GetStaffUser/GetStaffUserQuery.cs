using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUser;

[Authorize(Role.Administrator)]
public sealed record GetStaffUserQuery(Guid Id) : IQuery<StaffUserDto>;
