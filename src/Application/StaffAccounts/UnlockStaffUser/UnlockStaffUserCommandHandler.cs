using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.UnlockStaffUser;

internal sealed class UnlockStaffUserCommandHandler(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : StaffAccountActionHandler<UnlockStaffUserCommand>(db, audit, sessions, caller, clock)
{
    protected override StaffAccountChange Apply(StaffUser account, UnlockStaffUserCommand request)
    {
        account.Unlock();
        return new StaffAccountChange("staff.unlocked");
    }
}
