namespace ReliefPlatform.Application.Attachments;

/// <summary>An uploaded document as its owner and the staff handling the case see it (without its bytes).</summary>
public sealed record AttachmentDto(
    Guid Id, string ItemCode, string? DocumentKey, string ContentType, long SizeBytes, string FileName, DateTimeOffset UploadedAt, Guid? ApplicationId, string? Stage);
