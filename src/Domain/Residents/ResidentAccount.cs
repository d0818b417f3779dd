namespace ReliefPlatform.Domain.Residents;

/// <summary>A resident who signs in with a mobile number and one-time codes.</summary>
public sealed class ResidentAccount
{
    private ResidentAccount()
    {
        Phone = string.Empty;
    }

    public ResidentAccount(MobileNumber phone, string phoneIndex, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Phone = phone.Value;
        PhoneIndex = phoneIndex;
        CreatedAt = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Stored encrypted.</summary>
    public string Phone { get; private set; }

    /// <summary>The phone's blind index, by which a sign-in finds the account; null only on rows from before it existed.</summary>
    public string? PhoneIndex { get; private set; }

    public void IndexPhone(string phoneIndex) => PhoneIndex = phoneIndex;

    public DateTime CreatedAt { get; private set; }
}
