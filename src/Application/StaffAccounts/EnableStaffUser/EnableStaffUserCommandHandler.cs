using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.EnableStaffUser;

internal sealed class EnableStaffUserCommandHandler(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : StaffAccountActionHandler<EnableStaffUserCommand>(db, audit, sessions, caller, clock)
{
    protected override StaffAccountChange Apply(StaffUser account, EnableStaffUserCommand request)
    {
        account.Enable();
        return new StaffAccountChange("staff.enabled");
    }
}
