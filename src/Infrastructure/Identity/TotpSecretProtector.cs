using System.Security.Cryptography;
using System.Text;
using ReliefPlatform.Application.Auth;

namespace ReliefPlatform.Infrastructure.Identity;

/// <summary>
/// AES-256-GCM with a fresh nonce per secret and the account's id as associated data, so a secret
/// copied onto another account's row does not decrypt. Stored as <c>v1:</c> + base64(nonce ‖ tag ‖
/// ciphertext); the version prefix leaves room to move the key onto a key ring later.
/// </summary>
internal sealed class TotpSecretProtector(byte[] key) : ITotpSecretProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] KeyOf(AuthOptions options) =>
        options.TotpKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured) is { Length: 32 } bytes ? bytes : throw new InvalidOperationException("Auth:TotpKey must be 32 bytes, base64-encoded.")
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(options.SigningKey), 32, info: Encoding.UTF8.GetBytes("relief-platform/totp-secret/v1"));

    public string Protect(ReadOnlySpan<byte> secret, Guid staffUserId)
    {
        var sealedBytes = new byte[NonceSize + TagSize + secret.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), staffUserId.ToByteArray());
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    public byte[] Unprotect(string protectedSecret, Guid staffUserId)
    {
        if (!protectedSecret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown TOTP secret format.");
        }

        var sealedBytes = Convert.FromBase64String(protectedSecret[Prefix.Length..]);
        var secret = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), secret, staffUserId.ToByteArray());
        return secret;
    }
}
