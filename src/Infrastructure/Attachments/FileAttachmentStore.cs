using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Infrastructure.Security;

namespace ReliefPlatform.Infrastructure.Attachments;

/// <summary>
/// Attachments on the file system (<c>Attachments:Directory</c>, by default <c>data/attachments</c>),
/// named by the SHA-256 of their content and fanned out by its first two characters. The bytes are
/// encrypted under the personal-data key ring (AES-256-GCM, the hash as associated data), so a copied
/// disk shows no ID card photos (ADR 0019). Written through a scratch file and a rename; the same content
/// twice is kept once.
/// </summary>
internal sealed class FileAttachmentStore(string directory, PersonalDataProtector protector) : IAttachmentStore
{
    public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var scratch = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(scratch, protector.ProtectBytes(content.Span, Purpose(sha256)), cancellationToken);
        try
        {
            File.Move(scratch, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the race.
            File.Delete(scratch);
        }
    }

    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? protector.UnprotectBytes(await File.ReadAllBytesAsync(path, cancellationToken), Purpose(sha256)) : null;
    }

    private static string Purpose(string sha256) => "attachment:" + sha256;

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lowercase hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(directory, sha256[..2], sha256);
    }
}
