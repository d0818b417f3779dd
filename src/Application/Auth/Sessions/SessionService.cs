using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth.Sessions;

/// <summary>
/// Starts, checks and revokes sign-in sessions (ADR 0013). The API checks the session of every
/// authenticated request here, from the database and without a cache, so a revocation takes effect on
/// the very next request on every node.
/// </summary>
public sealed class SessionService(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Adds a session to the unit of work; the caller saves it.</summary>
    public UserSession Start(Guid subjectId, Role role, SessionRestriction restriction, SessionLifetime lifetime)
    {
        var session = new UserSession(subjectId, role, restriction, lifetime, clock.GetUtcNow().UtcDateTime);
        db.Sessions.Add(session);
        return session;
    }

    /// <summary>
    /// Whether a token's session is still good, and for what. One read by primary key; the last use is
    /// written at most once a <see cref="UserSession.LastSeenGranularity"/>, so the idle limit is kept
    /// to within that much.
    /// </summary>
    public async Task<SessionCheck> CheckAsync(Guid sessionId, Guid subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The caller's role is the session's and a staff member's scope the account's as it is now, never
        // what the token says: a token re-signed with other claims gains nothing.
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new
            {
                Session = s,
                Department = db.StaffUsers.Where(u => u.Id == s.SubjectId).Select(u => u.DepartmentCode).FirstOrDefault(),
                Region = db.StaffUsers.Where(u => u.Id == s.SubjectId).Select(u => u.RegionCode).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not { Session: var session } || session.SubjectId != subjectId)
        {
            return new SessionCheck(SessionState.Revoked, SessionRestriction.None, Role.Resident, null, null);
        }

        var state = session.StateAt(now);
        if (state == SessionState.Active && now - session.LastSeenAt >= UserSession.LastSeenGranularity)
        {
            var due = now - UserSession.LastSeenGranularity;
            await db.Sessions.Where(s => s.Id == sessionId && s.LastSeenAt <= due)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        return new SessionCheck(state, session.Restriction, session.Role, found.Department, found.Region);
    }

    /// <summary>The caller's own session, tracked.</summary>
    public async Task<UserSession> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Sessions.FirstOrDefaultAsync(s => s.Id == user.SessionId && s.SubjectId == user.Id, cancellationToken)
        ?? throw new UnauthorizedAccessException();

    /// <summary>Revokes every live session of an account, in the unit of work.</summary>
    public async Task RevokeAllAsync(Guid subjectId, SessionEnd because, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.Sessions.Where(s => s.SubjectId == subjectId && s.RevokedAt == null && s.ExpiresAt > now).ToListAsync(cancellationToken);
        foreach (var session in live)
        {
            session.Revoke(now, because);
        }
    }
}

/// <summary>The session's state and, for an active one, who the caller is now: the session's role and a staff member's department and region.</summary>
public sealed record SessionCheck(SessionState State, SessionRestriction Restriction, Role Role, string? DepartmentCode, string? RegionCode);
