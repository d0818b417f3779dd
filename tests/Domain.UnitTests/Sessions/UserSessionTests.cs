using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Domain.UnitTests.Sessions;

public class UserSessionTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc);
    private static readonly SessionLifetime Staff = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(8));

    [Fact]
    public void StateAt_WithinTheIdleLimit_IsActive()
    {
        var session = NewSession();

        Assert.Equal(SessionState.Active, session.StateAt(Start.AddMinutes(14)));
    }

    [Fact]
    public void StateAt_AfterTheIdleLimitWithoutUse_IsIdleExpired()
    {
        var session = NewSession();

        Assert.Equal(SessionState.IdleExpired, session.StateAt(Start.AddMinutes(15)));
    }

    [Fact]
    public void StateAt_AtTheAbsoluteLimit_IsExpired_WhateverTheUse()
    {
        var session = NewSession();

        Assert.Equal(SessionState.Expired, session.StateAt(Start.AddHours(8)));
    }

    [Fact]
    public void Revoke_EndsTheSessionOnce_KeepingTheFirstReason()
    {
        var session = NewSession();

        session.Revoke(Start.AddMinutes(1), SessionEnd.SignedOut);
        session.Revoke(Start.AddMinutes(2), SessionEnd.AccountDisabled);

        Assert.Equal(SessionState.Revoked, session.StateAt(Start.AddMinutes(3)));
        Assert.Equal(SessionEnd.SignedOut, session.RevokedBecause);
        Assert.Equal(Start.AddMinutes(1), session.RevokedAt);
    }

    [Fact]
    public void NewSession_ExpiresAtTheAbsoluteLimit_AndTakesItsRestriction()
    {
        var session = new UserSession(Guid.NewGuid(), Role.Supervisor, SessionRestriction.SecondFactor, new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)), Start);

        Assert.Equal(Start.AddMinutes(5), session.ExpiresAt);
        Assert.Equal(5, session.IdleMinutes);
        Assert.Equal(SessionRestriction.SecondFactor, session.Restriction);
    }

    private static UserSession NewSession() => new(Guid.NewGuid(), Role.Caseworker, SessionRestriction.None, Staff, Start);
}
