namespace ReliefPlatform.Domain.Residents;

/// <summary>A resident who signs in with a mobile number and one-time codes.</summary>
public sealed class ResidentAccount
{
    private ResidentAccount()
    {
        Phone = string.Empty;
    }

    public ResidentAccount(MobileNumber phone, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Phone = phone.Value;
        CreatedAt = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
