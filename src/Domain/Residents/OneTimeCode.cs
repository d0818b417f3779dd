namespace ReliefPlatform.Domain.Residents;

/// <summary>
/// A one-time sign-in code sent by SMS. Only its hash is kept; it expires, is burned after
/// <see cref="MaxAttempts"/> wrong tries, and can be consumed once. The phone is kept only as its
/// blind index: the table never holds a phone number. <see cref="Sequence"/> numbers a phone's codes
/// 1, 2, 3…; being unique per phone, it lets only one of two concurrent requests issue the next code.
/// </summary>
public sealed class OneTimeCode
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private OneTimeCode()
    {
        PhoneIndex = CodeHash = string.Empty;
    }

    public OneTimeCode(string phoneIndex, int sequence, string codeHash, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        Id = Guid.CreateVersion7();
        PhoneIndex = phoneIndex;
        Sequence = sequence;
        CodeHash = codeHash;
        CreatedAt = nowUtc;
        ExpiresAt = nowUtc + Lifetime;
    }

    public Guid Id { get; private set; }

    public string PhoneIndex { get; private set; }

    public int Sequence { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTime? ConsumedAt { get; private set; }

    public bool IsUsable(DateTime nowUtc) => ConsumedAt is null && nowUtc < ExpiresAt && FailedAttempts < MaxAttempts;
}
