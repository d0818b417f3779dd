using MediatR;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth.Logout;

internal sealed class LogoutCommandHandler(SessionService sessions, ICurrentUser user, IAuditTrail audit, TimeProvider clock) : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.CurrentAsync(cancellationToken);
        session.Revoke(clock.GetUtcNow().UtcDateTime, SessionEnd.SignedOut);
        audit.Record(new AuditEntry("auth.logout", user.Role == Role.Resident ? AuditObjects.Resident : AuditObjects.StaffUser, session.SubjectId.ToString()));
        return Unit.Value;
    }
}
