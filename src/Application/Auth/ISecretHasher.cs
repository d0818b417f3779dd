namespace ReliefPlatform.Application.Auth;

/// <summary>Hashes secrets the service must check but never keep: passwords and one-time codes.</summary>
public interface ISecretHasher
{
    string HashPassword(string password);

    bool VerifyPassword(string hash, string password);

    /// <summary>A keyed hash of a one-time code, bound to the phone it was sent to.</summary>
    string HashOneTimeCode(string phone, string code);
}
