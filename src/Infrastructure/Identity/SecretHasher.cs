using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using ReliefPlatform.Application.Auth;

namespace ReliefPlatform.Infrastructure.Identity;

/// <summary>
/// Passwords with ASP.NET Core's PBKDF2 hasher; one-time codes with HMAC-SHA256 under a server key,
/// so a copy of the database alone cannot be used to test the million possible codes.
/// </summary>
internal sealed class SecretHasher(AuthOptions options) : ISecretHasher
{
    private static readonly PasswordHasher<object> Passwords = new();
    private static readonly object User = new();
    private readonly byte[] _codeKey = SHA256.HashData(Encoding.UTF8.GetBytes("otp:" + options.SigningKey));

    public string HashPassword(string password) => Passwords.HashPassword(User, password);

    public bool VerifyPassword(string hash, string password)
    {
        try
        {
            return Passwords.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public string HashOneTimeCode(string phone, string code) =>
        Convert.ToHexString(HMACSHA256.HashData(_codeKey, Encoding.UTF8.GetBytes($"{phone}:{code}")));
}
