using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReliefPlatform.Domain.Staff;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 6 digits, a 30-second
/// step, and a code from one step either side of now accepted for clock drift.
/// </summary>
public static class Totp
{
    public const int Digits = 6;
    public const int StepSeconds = 30;
    public const int Window = 1;

    /// <summary>160 bits, the HMAC-SHA1 block's natural key size (RFC 4226 §4 asks for at least 128).</summary>
    public const int SecretBytes = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static long StepAt(DateTime utc) => (long)Math.Floor((utc - DateTime.UnixEpoch).TotalSeconds / StepSeconds);

    /// <summary>The code for one time step (RFC 4226 §5.3's dynamic truncation).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Security", "CA5350", Justification = "RFC 6238 and every authenticator app use HMAC-SHA1; as an HMAC it is not weakened by SHA-1's collisions.")]
    public static string Code(ReadOnlySpan<byte> key, long step, int digits = Digits, string algorithm = "SHA1")
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[64];
        var length = algorithm switch
        {
            "SHA1" => HMACSHA1.HashData(key, counter, hash),
            "SHA256" => HMACSHA256.HashData(key, counter, hash),
            "SHA512" => HMACSHA512.HashData(key, counter, hash),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "SHA1, SHA256 or SHA512."),
        };
        var offset = hash[length - 1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// Checks <paramref name="code"/> against the steps around <paramref name="nowUtc"/>. A code of a step
    /// at or before <paramref name="lastUsedStep"/> was used already (or is older than one that was) and is
    /// refused as a replay. Every step in the window is compared, in constant time.
    /// </summary>
    public static TotpCheck Check(ReadOnlySpan<byte> key, string? code, DateTime nowUtc, long? lastUsedStep)
    {
        if (code is not { Length: Digits } || !code.All(char.IsAsciiDigit))
        {
            return TotpCheck.Wrong;
        }

        var given = Encoding.ASCII.GetBytes(code);
        var current = StepAt(nowUtc);
        var result = TotpCheck.Wrong;
        for (var step = current - Window; step <= current + Window; step++)
        {
            var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), given);
            if (matches && result.AcceptedStep is null)
            {
                result = lastUsedStep is null || step > lastUsedStep ? TotpCheck.Accepted(step) : TotpCheck.Replayed;
            }
        }

        return result;
    }
}

/// <summary>The outcome of checking a TOTP code: the step it was accepted for, or why it was not.</summary>
public sealed record TotpCheck(long? AcceptedStep, bool IsReplay)
{
    public static TotpCheck Wrong { get; } = new(null, false);

    public static TotpCheck Replayed { get; } = new(null, true);

    public bool IsAccepted => AcceptedStep is not null;

    public static TotpCheck Accepted(long step) => new(step, false);
}
