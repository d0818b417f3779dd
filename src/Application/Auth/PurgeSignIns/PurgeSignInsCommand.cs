using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Auth.PurgeSignIns;

/// <summary>
/// Deletes what sign-ins leave behind once it can no longer matter: sessions that ended (signed out,
/// revoked, idle or expired) more than <paramref name="SessionRetentionDays"/> ago, and one-time codes
/// older than <paramref name="CodeRetentionHours"/> (the per-phone limits look back one hour). Every
/// sign-in stays in the audit trail; these rows are only what the running service needs.
/// </summary>
public sealed record PurgeSignInsCommand(int SessionRetentionDays = 30, int CodeRetentionHours = 24) : ICommand<PurgeSignInsResult>;

public sealed record PurgeSignInsResult(int SessionsDeleted, int CodesDeleted);

internal sealed class PurgeSignInsCommandHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<PurgeSignInsCommand, PurgeSignInsResult>
{
    public async Task<PurgeSignInsResult> Handle(PurgeSignInsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessionCutoff = now.AddDays(-Math.Max(1, request.SessionRetentionDays));
        var codeCutoff = now.AddHours(-Math.Max(2, request.CodeRetentionHours));

        // A session last seen before the cutoff ended by idleness long before it (idle limits are hours at most).
        var sessions = await db.Sessions
            .Where(s => s.ExpiresAt < sessionCutoff || s.LastSeenAt < sessionCutoff || s.RevokedAt < sessionCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var codes = await db.OneTimeCodes.Where(c => c.CreatedAt < codeCutoff).ExecuteDeleteAsync(cancellationToken);
        return new PurgeSignInsResult(sessions, codes);
    }
}
