using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Residents;

/// <summary>A resident who signs in with a mobile number and one-time codes.</summary>
public sealed class ResidentAccount
{
    public const int VerificationProviderMaxLength = 32;
    public const int VerificationReferenceMaxLength = 64;

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

    /// <summary>The name the identity provider confirmed (实名认证); null until verified. Stored encrypted.</summary>
    public string? VerifiedName { get; private set; }

    /// <summary>The ID number the provider confirmed with <see cref="VerifiedName"/>; stored encrypted.</summary>
    public string? VerifiedIdNumber { get; private set; }

    /// <summary>Its blind index, compared with an application's applicant without decrypting.</summary>
    public string? VerifiedIdIndex { get; private set; }

    public DateTime? VerifiedAt { get; private set; }

    /// <summary>The provider that answered and its serial number for the check (流水号), for a later dispute.</summary>
    public string? VerificationProvider { get; private set; }

    public string? VerificationReference { get; private set; }

    public bool IsVerified => VerifiedIdIndex is not null;

    /// <summary>
    /// Records the identity a provider confirmed. An account has one identity: verifying again with the
    /// same one refreshes the record, another one is refused. Two accounts may hold the same identity (a
    /// second phone), so nobody can take a person's identity away by verifying it first.
    /// </summary>
    public void Verify(string name, ResidentIdNumber idNumber, string idIndex, string provider, string reference, DateTime nowUtc)
    {
        if (VerifiedIdIndex is not null && VerifiedIdIndex != idIndex)
        {
            throw new DomainException(
                "identity-already-verified",
                Text.Pick("这个账号已完成实名认证，不能改为其他人的身份。", "This account is already verified as another person."));
        }

        VerifiedName = Guard.Text(name, Applicant.NameMaxLength, "The name");
        VerifiedIdNumber = idNumber.Value;
        VerifiedIdIndex = idIndex;
        VerificationProvider = Guard.Text(provider, VerificationProviderMaxLength, "The provider");
        VerificationReference = Guard.Text(reference, VerificationReferenceMaxLength, "The reference");
        VerifiedAt = nowUtc;
    }
}
