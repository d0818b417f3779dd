using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.DisableStaffUser;

internal sealed class DisableStaffUserCommandHandler(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : StaffAccountActionHandler<DisableStaffUserCommand>(db, audit, sessions, caller, clock)
{
    protected override StaffAccountChange Apply(StaffUser account, DisableStaffUserCommand request)
    {
        if (account.Id == Caller.Id)
        {
            throw new ConflictException("cannot-disable-self", Text.Pick("不能停用自己的账号。", "You cannot disable your own account."));
        }

        account.Disable();
        return new StaffAccountChange("staff.disabled", EndsSessions: SessionEnd.AccountDisabled);
    }
}
