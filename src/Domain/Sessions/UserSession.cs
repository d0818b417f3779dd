using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Sessions;

/// <summary>
/// One sign-in of a resident or a member of staff, named by the <c>sid</c> of its bearer token and
/// checked on every request: it ends when revoked (sign-out, account disabled or re-scoped, password
/// or second factor changed), after <see cref="IdleMinutes"/> without use, or at <see cref="ExpiresAt"/>
/// whatever the use. A session with a <see cref="Restriction"/> is a sign-in still under way.
/// </summary>
public sealed class UserSession
{
    public const int RoleMaxLength = 16;

    /// <summary>Last use is written at most this often, so a burst of requests costs one write.</summary>
    public static readonly TimeSpan LastSeenGranularity = TimeSpan.FromMinutes(1);

    private UserSession()
    {
    }

    public UserSession(Guid subjectId, Role role, SessionRestriction restriction, SessionLifetime lifetime, DateTime nowUtc)
        : this()
    {
        Id = Guid.CreateVersion7();
        SubjectId = subjectId;
        Role = role;
        Restriction = restriction;
        CreatedAt = LastSeenAt = nowUtc;
        ExpiresAt = nowUtc + lifetime.Absolute;
        IdleMinutes = (int)Math.Ceiling(lifetime.Idle.TotalMinutes);
    }

    public Guid Id { get; private set; }

    /// <summary>The resident account or staff user signed in.</summary>
    public Guid SubjectId { get; private set; }

    public Role Role { get; private set; }

    public SessionRestriction Restriction { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public int IdleMinutes { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public SessionEnd? RevokedBecause { get; private set; }

    public SessionState StateAt(DateTime nowUtc) =>
        RevokedAt is not null ? SessionState.Revoked
        : nowUtc >= ExpiresAt ? SessionState.Expired
        : nowUtc - LastSeenAt >= TimeSpan.FromMinutes(IdleMinutes) ? SessionState.IdleExpired
        : SessionState.Active;

    public void Revoke(DateTime nowUtc, SessionEnd because)
    {
        if (RevokedAt is null)
        {
            RevokedAt = nowUtc;
            RevokedBecause = because;
        }
    }
}

/// <summary>What a session still lacks before it may do everything its role may.</summary>
public enum SessionRestriction
{
    None,

    /// <summary>The password was right; the TOTP code is still to come.</summary>
    SecondFactor,

    /// <summary>Signed in with a one-time password that must be replaced first.</summary>
    PasswordChange,

    /// <summary>A supervisor or administrator without TOTP: enrolment first.</summary>
    TotpEnrolment,
}

public enum SessionState
{
    Active,
    Revoked,
    IdleExpired,
    Expired,
}

/// <summary>Why a session was revoked.</summary>
public enum SessionEnd
{
    SignedOut,

    /// <summary>The next sign-in step was taken: the session of the step before it gives way to a new one.</summary>
    StepCompleted,
    AccountDisabled,
    Rescoped,
    PasswordChanged,
    SecondFactorChanged,
}

/// <summary>How long a session lasts without use, and at most.</summary>
public sealed record SessionLifetime(TimeSpan Idle, TimeSpan Absolute);
