using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadHomeVisitPhoto;

/// <summary>
/// A photo the township's official took on a home visit (入户调查, ADR 0040), sent from the phone as soon as it
/// is taken; the visit's record names it (photoIds) when it is sent. Cleaned and kept encrypted like the
/// residents' photos.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record UploadHomeVisitPhotoCommand(Guid ApplicationId, string FileName, ReadOnlyMemory<byte> Content) : ICommand<AttachmentDto>;
