using MediatR;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth.ConfirmTotp;

internal sealed class ConfirmTotpCommandHandler(SessionService sessions, StaffSignIn signIn, ITotpSecretProtector protector, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<ConfirmTotpCommand, SignInResult>
{
    public async Task<SignInResult> Handle(ConfirmTotpCommand request, CancellationToken cancellationToken)
    {
        var (_, user) = await signIn.CurrentAsync(cancellationToken);
        var pending = user.TotpPendingSecret is { } secret ? protector.Unprotect(secret, user.Id) : [];
        var check = user.ConfirmTotpEnrolment(pending, request.Code, clock.GetUtcNow().UtcDateTime);
        if (!check.IsAccepted)
        {
            await audit.RecordNowAsync(StaffSignIn.Entry(user, "auth.totp-enrolled", AuditOutcome.Failure, "wrong code"), cancellationToken);
            throw new ValidationException("code", TotpRules.WrongCode(check));
        }

        audit.Record(StaffSignIn.Entry(user, "auth.totp-enrolled", AuditOutcome.Success, "first code accepted"));
        await sessions.RevokeAllAsync(user.Id, SessionEnd.SecondFactorChanged, cancellationToken);
        return signIn.Continue(user, codeVerified: true, "password and totp enrolment");
    }
}
