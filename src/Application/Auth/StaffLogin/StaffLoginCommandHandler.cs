using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Audit;

namespace ReliefPlatform.Application.Auth.StaffLogin;

internal sealed class StaffLoginCommandHandler(IApplicationDbContext db, ISecretHasher hasher, ITokenIssuer tokens, IAuditTrail audit)
    : IRequestHandler<StaffLoginCommand, SignInResult>
{
    public const string StaffLoginAudit = "auth.staff-login";

    // Verified when the username is unknown, so both failures take the same time.
    private static string? s_decoyHash;

    public async Task<SignInResult> Handle(StaffLoginCommand request, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Username == request.Username.Trim(), cancellationToken)
            ;

        var valid = hasher.VerifyPassword(user?.PasswordHash ?? (s_decoyHash ??= hasher.HashPassword(Guid.NewGuid().ToString())), request.Password);
        if (user is null || !valid || user.IsDisabled)
        {
            await audit.RecordNowAsync(
                new AuditEntry(StaffLoginAudit, AuditObjects.StaffUser, user?.Id.ToString(), user is { IsDisabled: true } ? AuditOutcome.Denied : AuditOutcome.Failure,
                    user is null ? "unknown username" : user.IsDisabled ? "account disabled" : "wrong password")
                { ActorId = user?.Id, ActorRole = user?.Role.ToString() },
                cancellationToken);
            throw new UnauthorizedAccessException();
        }

        var role = user.Role.ToString();
        // Signing in is not a unit-of-work command, so its record is written here.
        await audit.RecordNowAsync(new AuditEntry(StaffLoginAudit, AuditObjects.StaffUser, user.Id.ToString()) { ActorId = user.Id, ActorRole = role }, cancellationToken);
        var token = tokens.Issue(user.Id, role, user.DepartmentCode, user.RegionCode);
        return new SignInResult(token.Value, token.ExpiresAt, role, user.DepartmentCode, user.RegionCode);
    }
}
