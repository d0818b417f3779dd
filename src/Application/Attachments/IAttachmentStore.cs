namespace ReliefPlatform.Application.Attachments;

/// <summary>Where attachment bytes are kept, named by their SHA-256 (the same content is kept once).</summary>
public interface IAttachmentStore
{
    Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The content, or null when the store has no file of that hash.</summary>
    Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken);
}
