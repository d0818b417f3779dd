namespace ReliefPlatform.Domain.Residents;

/// <summary>
/// A one-time sign-in code sent by SMS. Only its hash is kept; it expires, is burned after
/// <see cref="MaxAttempts"/> wrong tries, and can be consumed once. The phone is kept only as its
/// blind index: the table never holds a phone number.
/// </summary>
public sealed class OneTimeCode
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private OneTimeCode()
    {
        PhoneIndex = CodeHash = string.Empty;
    }

    public OneTimeCode(string phoneIndex, string codeHash, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        PhoneIndex = phoneIndex;
        CodeHash = codeHash;
        CreatedAt = nowUtc;
        ExpiresAt = nowUtc + Lifetime;
    }

    public Guid Id { get; private set; }

    public string PhoneIndex { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTime? ConsumedAt { get; private set; }

    public bool IsUsable(DateTime nowUtc) => ConsumedAt is null && nowUtc < ExpiresAt && FailedAttempts < MaxAttempts;
}
