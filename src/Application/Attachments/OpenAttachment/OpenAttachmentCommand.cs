using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.OpenAttachment;

/// <summary>
/// The bytes of an attachment, for its owner or staff who can see its application. A command, like the
/// reveal: a member of staff opening a resident's document leaves an audit record.
/// </summary>
[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record OpenAttachmentCommand(Guid Id) : ICommand<AttachmentContent>;

public sealed record AttachmentContent(string ContentType, string FileName, byte[] Content);
