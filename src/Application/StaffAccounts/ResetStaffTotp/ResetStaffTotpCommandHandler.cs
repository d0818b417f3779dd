using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.ResetStaffTotp;

internal sealed class ResetStaffTotpCommandHandler(IApplicationDbContext db, IAuditTrail audit, SessionService sessions, ICurrentUser caller, TimeProvider clock)
    : StaffAccountActionHandler<ResetStaffTotpCommand>(db, audit, sessions, caller, clock)
{
    protected override StaffAccountChange Apply(StaffUser account, ResetStaffTotpCommand request)
    {
        account.ResetTotp();
        return new StaffAccountChange("staff.totp-reset", EndsSessions: SessionEnd.SecondFactorChanged);
    }
}
