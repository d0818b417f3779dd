using MediatR;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUser;

[Authorize(Roles = Roles.Administrator)]
public sealed record GetStaffUserQuery(Guid Id) : IRequest<StaffUserDto>;
