namespace ReliefPlatform.Application.Auth;

/// <summary>
/// Encrypts TOTP secrets for storage: unlike a password, the service must read the secret back to check
/// a code, so it is kept encrypted rather than hashed, bound to the account it belongs to.
/// </summary>
public interface ITotpSecretProtector
{
    string Protect(ReadOnlySpan<byte> secret, Guid staffUserId);

    /// <summary>Decrypts; throws <see cref="System.Security.Cryptography.CryptographicException"/> when the text was altered or belongs to another account.</summary>
    byte[] Unprotect(string protectedSecret, Guid staffUserId);
}
