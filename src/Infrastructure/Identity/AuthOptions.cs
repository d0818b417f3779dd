namespace ReliefPlatform.Infrastructure.Identity;

/// <summary>Settings under <c>Auth</c>; lockout and session lifetimes are read into <c>SignInSettings</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The HMAC key for access tokens and code hashes: at least 32 characters, from configuration or a secret store.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "relief-platform";

    public string Audience { get; set; } = "relief-platform";

    /// <summary>
    /// The AES-256 key for TOTP secrets, base64 (32 bytes); derived from <see cref="SigningKey"/> when
    /// empty. Set it apart in production: changing the signing key would otherwise make every enrolled
    /// secret unreadable.
    /// </summary>
    public string TotpKey { get; set; } = string.Empty;
}
