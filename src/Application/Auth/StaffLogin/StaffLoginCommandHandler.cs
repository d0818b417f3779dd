using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Application.Auth.StaffLogin;

internal sealed class StaffLoginCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ISecretHasher hasher, StaffSignIn signIn, IAuditTrail audit, TimeProvider clock,
    Common.Telemetry.ReliefTelemetry telemetry)
    : IRequestHandler<StaffLoginCommand, SignInResult>
{
    // Verified when the username is unknown, so both failures take the same time.
    private static string? _decoyHash;

    public async Task<SignInResult> Handle(StaffLoginCommand request, CancellationToken cancellationToken)
    {
        var username = request.Username.Trim();
        var account = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Username == username)
            .Select(u => new { u.Id, u.PasswordHash })
            .FirstOrDefaultAsync(cancellationToken);
        var valid = hasher.VerifyPassword(account?.PasswordHash ?? (_decoyHash ??= hasher.HashPassword(Guid.NewGuid().ToString())), request.Password);
        if (account is null)
        {
            audit.Record(new AuditEntry(StaffSignIn.LoginAudit, AuditObjects.StaffUser, null, AuditOutcome.Failure, "unknown username"));
            await unitOfWork.SaveAsync(cancellationToken);
            telemetry.SignInFailed("staff");
            throw new UnauthorizedAccessException();
        }

        return await StaffSignIn.RetryOnConflictAsync(async () =>
        {
            var user = await db.StaffUsers.FirstAsync(u => u.Id == account.Id, cancellationToken);
            if (user.IsDisabled)
            {
                audit.Record(StaffSignIn.Entry(user, StaffSignIn.LoginAudit, AuditOutcome.Denied, "account disabled"));
                await unitOfWork.SaveAsync(cancellationToken);
                throw new UnauthorizedAccessException();
            }

            if (user.IsLockedAt(clock.GetUtcNow().UtcDateTime))
            {
                throw await signIn.RefuseLockedAsync(user, cancellationToken);
            }

            if (!valid)
            {
                throw await signIn.CountFailureAsync(user, "wrong password", new UnauthorizedAccessException(), cancellationToken);
            }

            var result = signIn.Continue(user, codeVerified: false, "password");
            await unitOfWork.SaveAsync(cancellationToken);
            return result;
        });
    }
}
