using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.RescopeStaffUser;

internal sealed class RescopeStaffUserCommandHandler(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : StaffAccountActionHandler<RescopeStaffUserCommand>(db, audit, sessions, caller, clock)
{
    protected override StaffAccountChange Apply(StaffUser account, RescopeStaffUserCommand request)
    {
        var role = Enum.Parse<Role>(request.Role);
        if (account.Id == Caller.Id && role != account.Role)
        {
            throw new ConflictException("cannot-demote-self", Text.Pick("不能修改自己的角色。", "You cannot change your own role."));
        }

        var before = Describe(account);
        return account.Rescope(role, request.DepartmentCode, request.RegionCode)
            ? new StaffAccountChange("staff.rescoped", $"{before} -> {Describe(account)}", SessionEnd.Rescoped)
            : new StaffAccountChange("staff.rescoped", "unchanged");
    }

    private static string Describe(StaffUser account) => $"{account.Role} {account.DepartmentCode ?? "-"} {account.RegionCode}";
}
