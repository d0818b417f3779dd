using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadAttachment;

/// <summary>
/// Keeps a document the resident photographed for an item (JPEG, PNG, WebP or PDF, judged by content).
/// The content is not part of any log: the logging behavior never writes request bodies.
/// </summary>
[Authorize(Role.Resident)]
public sealed record UploadAttachmentCommand(ItemCode ItemCode, string? DocumentKey, string FileName, ReadOnlyMemory<byte> Content) : ICommand<AttachmentDto>;
