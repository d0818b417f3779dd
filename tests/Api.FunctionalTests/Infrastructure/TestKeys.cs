using System.Security.Cryptography;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Keys for hosts and processes that run as Production: random, made once per test run (so every host
/// and node of the run shares them), and never in the repository, which Production refuses.
/// </summary>
public static class TestKeys
{
    private static readonly string SigningKey = Random();
    private static readonly string TotpKey = Random();
    private static readonly string ChainKey = Random();
    private static readonly string PersonalDataKey = Random();
    private static readonly string IndexKey = Random();
    private static readonly string DocumentKey = DocumentKeyPem();

    /// <summary>The settings (configuration keys with ':') with the personal-data key named <paramref name="keyId"/>.</summary>
    public static IReadOnlyDictionary<string, string> Production(string keyId) => new Dictionary<string, string>
    {
        ["Auth:SigningKey"] = SigningKey,
        ["Auth:TotpKey"] = TotpKey,
        ["Audit:ChainKey"] = ChainKey,
        ["PersonalData:CurrentKeyId"] = keyId,
        [$"PersonalData:Keys:{keyId}"] = PersonalDataKey,
        ["PersonalData:IndexKey"] = IndexKey,
        ["Documents:SigningKey"] = DocumentKey,
    };

    /// <summary>A fresh ECDSA P-256 private key in PEM (PKCS#8), as <c>Documents:SigningKey</c> takes it.</summary>
    public static string DocumentKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
