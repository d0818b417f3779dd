using System.Security.Cryptography;
using System.Text;
using ReliefPlatform.Application.Documents;

namespace ReliefPlatform.Infrastructure.Documents;

/// <summary>
/// The document key (<c>Documents:SigningKey</c>, an ECDSA P-256 private key in PEM) signs each document's
/// SHA-256. Earlier keys' public halves (<c>Documents:PreviousPublicKeys:{n}</c>, PEM) keep the documents
/// they signed verifiable after a rotation; the key id stored with each document says which one to use.
/// </summary>
internal sealed class EcdsaDocumentSigner : IDocumentSigner, IDisposable
{
    private readonly ECDsa _current;
    private readonly Dictionary<string, ECDsa> _verifiers = new(StringComparer.Ordinal);

    public EcdsaDocumentSigner(ECDsa current, IEnumerable<string> previousPublicKeysPem)
    {
        _current = current;
        KeyId = KeyIdOf(current);
        PublicKeyPem = current.ExportSubjectPublicKeyInfoPem();
        _verifiers[KeyId] = current;
        foreach (var pem in previousPublicKeysPem)
        {
            var key = ECDsa.Create();
            key.ImportFromPem(pem);
            _verifiers.TryAdd(KeyIdOf(key), key);
        }
    }

    public string KeyId { get; }

    public string PublicKeyPem { get; }

    public string Sign(ReadOnlySpan<byte> sha256) => Convert.ToBase64String(_current.SignHash(sha256));

    public bool Verify(ReadOnlySpan<byte> sha256, string signature, string keyId)
    {
        if (!_verifiers.TryGetValue(keyId, out var key))
        {
            return false;
        }

        var bytes = new byte[64];
        return Convert.TryFromBase64String(signature, bytes, out var written) && written == 64 && key.VerifyHash(sha256, bytes.AsSpan(0, written));
    }

    public void Dispose()
    {
        foreach (var key in _verifiers.Values)
        {
            key.Dispose();
        }
    }

    /// <summary>The key from its PEM; refuses anything but a P-256 private key, naming the setting.</summary>
    public static ECDsa FromPem(string pem, string setting)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var parameters = key.ExportParameters(includePrivateParameters: true);
            if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new InvalidOperationException($"{setting} must be an ECDSA key on the P-256 curve.");
            }

            CryptographicOperations.ZeroMemory(parameters.D);
            return key;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{setting} is not an ECDSA P-256 private key in PEM (openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt).", ex);
        }
    }

    /// <summary>Development only: a P-256 key derived from the token signing key, so a development database's documents stay verifiable across restarts.</summary>
    public static ECDsa Derived(string signingKey)
    {
        var d = SHA256.HashData(Encoding.UTF8.GetBytes("document-key:" + signingKey));
        return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d });
    }

    private static string KeyIdOf(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
