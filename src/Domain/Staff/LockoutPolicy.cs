namespace ReliefPlatform.Domain.Staff;

/// <summary>After <see cref="MaxFailedAttempts"/> wrong passwords or codes in a row, the account is locked for <see cref="Period"/>.</summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan Period)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
