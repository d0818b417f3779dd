namespace ReliefPlatform.Application.Documents;

/// <summary>The platform's document key (ECDSA P-256): signs a document's SHA-256 and checks such signatures.</summary>
public interface IDocumentSigner
{
    /// <summary>Which key signs now: the first 16 hex characters of the SHA-256 of its public key.</summary>
    string KeyId { get; }

    /// <summary>The signature (IEEE P1363, base64) over <paramref name="sha256"/>, the raw 32 bytes of the hash.</summary>
    string Sign(ReadOnlySpan<byte> sha256);

    /// <summary>Whether <paramref name="signature"/> is the key <paramref name="keyId"/>'s over <paramref name="sha256"/>; false for an unknown key.</summary>
    bool Verify(ReadOnlySpan<byte> sha256, string signature, string keyId);

    /// <summary>The public key of the current key, PEM (SubjectPublicKeyInfo), for anyone to check a signature offline.</summary>
    string PublicKeyPem { get; }
}
