namespace ReliefPlatform.Infrastructure.Identity;

/// <summary>Settings under <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The HMAC key for access tokens and code hashes: at least 32 characters, from configuration or a secret store.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public string Issuer { get; set; } = "relief-platform";

    public string Audience { get; set; } = "relief-platform";

    public int AccessTokenMinutes { get; set; } = 120;
}
