using System.Security.Cryptography;
using System.Text;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Security;

/// <summary>
/// Encrypts personal data at rest with AES-256-GCM under a key ring, and computes the keyed blind
/// index that finds equal values without decrypting them.
/// </summary>
/// <remarks>
/// A stored value reads <c>pd1:{key id}:{base64(nonce ‖ tag ‖ ciphertext)}</c>. The key id travels with
/// the value, so old keys keep decrypting after rotation; the column's name is the associated data, so a
/// ciphertext moved into another column fails authentication. The blind index key is separate and is
/// not rotated with the encryption keys: rotating it means re-indexing every row.
/// </remarks>
public sealed class PersonalDataProtector : IPersonalDataIndex
{
    public const string Prefix = "pd1:";
    private const string IndexPrefix = "bi1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly byte[] _currentKey;
    private readonly byte[] _indexKey;

    public PersonalDataProtector(IReadOnlyDictionary<string, byte[]> keys, string currentKeyId, byte[] indexKey)
    {
        if (keys.Count == 0 || !keys.ContainsKey(currentKeyId))
        {
            throw new InvalidOperationException($"PersonalData:CurrentKeyId '{currentKeyId}' is not in the key ring.");
        }

        if (keys.Values.Any(k => k.Length != 32) || indexKey.Length < 32)
        {
            throw new InvalidOperationException("Personal-data keys must be 32 bytes (AES-256) and the index key at least 32 bytes.");
        }

        // Letters, digits and '-' only: the id is matched with SQL LIKE when rows are rotated.
        if (keys.Keys.Any(id => id.Length is 0 or > 16 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new InvalidOperationException("Personal-data key ids are 1 to 16 letters, digits or '-'.");
        }

        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        CurrentKeyId = currentKeyId;
        _currentKey = _keys[currentKeyId];
        _indexKey = indexKey.ToArray();
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(',', _keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + Convert.ToBase64String(SHA256.HashData(k.Value))))
            + "|" + currentKeyId)))[..16];
    }

    public string CurrentKeyId { get; }

    /// <summary>Names the key ring without revealing it; the EF model is cached per fingerprint.</summary>
    public string Fingerprint { get; }

    /// <summary>What a value encrypted under the current key starts with.</summary>
    public string CurrentPrefix => $"{Prefix}{CurrentKeyId}:";

    public string Protect(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_currentKey, TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        }

        return CurrentPrefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Decrypts a stored value; a changed bit anywhere fails with <see cref="CryptographicException"/>.</summary>
    public string Unprotect(string stored, string purpose)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // Written before encryption was introduced; the rotation job rewrites it encrypted.
            return stored;
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        if (separator < 0 || !_keys.TryGetValue(stored[Prefix.Length..separator], out var key))
        {
            throw new CryptographicException("A personal-data value names a key that is not in the key ring.");
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[(separator + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("A personal-data value is not well-formed.", ex);
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("A personal-data value is too short.");
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    private static ReadOnlySpan<byte> BlobMagic => "pdb1"u8;

    /// <summary>
    /// Encrypts a file's bytes under the current key: <c>pdb1</c>, the key id's length and the key id,
    /// then nonce ‖ tag ‖ ciphertext, with <paramref name="purpose"/> as associated data.
    /// </summary>
    public byte[] ProtectBytes(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var keyId = Encoding.ASCII.GetBytes(CurrentKeyId);
        var header = BlobMagic.Length + 1 + keyId.Length;
        var output = new byte[header + NonceSize + TagSize + plaintext.Length];
        BlobMagic.CopyTo(output);
        output[BlobMagic.Length] = (byte)keyId.Length;
        keyId.CopyTo(output, BlobMagic.Length + 1);
        var nonce = output.AsSpan(header, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_currentKey, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(header + NonceSize + TagSize), output.AsSpan(header + NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    /// <summary>Decrypts what <see cref="ProtectBytes"/> wrote; a changed bit fails with <see cref="CryptographicException"/>.</summary>
    public byte[] UnprotectBytes(ReadOnlySpan<byte> stored, string purpose)
    {
        if (stored.Length < BlobMagic.Length + 1 || !stored.StartsWith(BlobMagic))
        {
            throw new CryptographicException("An encrypted file is not well-formed.");
        }

        var keyIdLength = stored[BlobMagic.Length];
        var header = BlobMagic.Length + 1 + keyIdLength;
        if (stored.Length < header + NonceSize + TagSize
            || !_keys.TryGetValue(Encoding.ASCII.GetString(stored.Slice(BlobMagic.Length + 1, keyIdLength)), out var key))
        {
            throw new CryptographicException("An encrypted file names a key that is not in the key ring, or is too short.");
        }

        var plain = new byte[stored.Length - header - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            stored.Slice(header, NonceSize), stored[(header + NonceSize + TagSize)..], stored.Slice(header + NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return plain;
    }

    public bool IsCurrent(string stored) => stored.StartsWith(CurrentPrefix, StringComparison.Ordinal);

    public string IndexOf(string value, string purpose) =>
        IndexPrefix + Convert.ToBase64String(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(purpose + ":" + value)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
