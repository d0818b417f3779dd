using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth;

/// <summary>Lockout and session lifetimes, from <c>Auth:Lockout</c> and <c>Auth:Sessions</c> (README).</summary>
public sealed class SignInSettings
{
    public LockoutPolicy Lockout { get; init; } = LockoutPolicy.Default;

    public SessionLifetime StaffSession { get; init; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(8));

    /// <summary>Longer than staff's: residents sign in with an SMS code on a phone they keep with them.</summary>
    public SessionLifetime ResidentSession { get; init; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromDays(7));

    /// <summary>Between the right password and the TOTP code.</summary>
    public static SessionLifetime SecondFactorStep { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

    /// <summary>For replacing a one-time password or enrolling TOTP: time to find the phone and scan the code.</summary>
    public static SessionLifetime SetupStep { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

    public SessionLifetime StaffSessionFor(SessionRestriction restriction) => restriction switch
    {
        SessionRestriction.None => StaffSession,
        SessionRestriction.SecondFactor => SecondFactorStep,
        _ => SetupStep,
    };
}
