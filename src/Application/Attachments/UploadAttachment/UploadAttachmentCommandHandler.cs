using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadAttachment;

internal sealed class UploadAttachmentCommandHandler(IApplicationDbContext db, ICatalog catalog, ICurrentUser user, IAttachmentStore store, IImageCleaner images, TimeProvider clock)
    : IRequestHandler<UploadAttachmentCommand, AttachmentDto>
{
    /// <summary>Uploads not yet part of an application, per resident: enough for several drafts, not a free file store.</summary>
    public const int MaxUnlinked = 100;

    public async Task<AttachmentDto> Handle(UploadAttachmentCommand request, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(request.ItemCode) ?? throw new NotFoundException();
        var residentId = user.RequiredId();
        if (await db.Attachments.CountAsync(a => a.ResidentId == residentId && a.ApplicationId == null, cancellationToken) >= MaxUnlinked)
        {
            throw new ConflictException(
                "too-many-attachments", Text.Pick("上传的照片太多了，请先提交申请。", $"You have {MaxUnlinked} files not yet part of an application; submit one first."));
        }

        var contentType = FileSignatures.Detect(request.Content.Span)
            ?? throw new ValidationException("file", FileSignatures.NotAccepted());

        // A photo is kept as the server wrote it again: upright, no larger than needed, without its metadata.
        ReadOnlyMemory<byte> content = contentType == FileSignatures.Pdf ? request.Content : images.Clean(request.Content.Span, contentType);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        // The bytes first: a row never points at a file that is not there (an orphan file is harmless).
        await store.SaveAsync(sha256, content, cancellationToken);
        var attachment = Attachment.Upload(
            residentId, request.ItemCode, request.DocumentKey, contentType, content.Length, sha256, Path.GetFileName(request.FileName), clock.GetUtcNow().UtcDateTime);
        db.Attachments.Add(attachment);
        return attachment.ToDto();
    }
}
