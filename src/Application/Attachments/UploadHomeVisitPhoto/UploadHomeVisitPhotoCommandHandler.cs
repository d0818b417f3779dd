using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.UploadHomeVisitPhoto;

internal sealed class UploadHomeVisitPhotoCommandHandler(IApplicationDbContext db, ICurrentUser user, IAttachmentStore store, IImageCleaner images, TimeProvider clock)
    : IRequestHandler<UploadHomeVisitPhotoCommand, AttachmentDto>
{
    /// <summary>Photos of one case not yet part of a recorded visit: enough for a visit or two, not a free file store.</summary>
    public const int MaxUnattached = 40;

    public async Task<AttachmentDto> Handle(UploadHomeVisitPhotoCommand request, CancellationToken cancellationToken)
    {
        // Only the office that may record the visit takes its photos: the township holding the investigation.
        var application = await db.Applications.ActionableBy(user).Where(a => a.Id == request.ApplicationId)
            .Select(a => new { a.Id, a.ItemCode, a.StageKind }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        if (application.StageKind != StageKind.Investigation)
        {
            throw new ConflictException("no-home-visit", Text.Pick("这件申请现在不在入户调查环节，不能上传入户照片。", "The case is not being investigated: no home-visit photos now."));
        }

        if (await db.Attachments.CountAsync(a => a.ApplicationId == application.Id && a.Stage == AttachmentStage.HomeVisit && a.HomeVisitId == null, cancellationToken) >= MaxUnattached)
        {
            throw new ConflictException("too-many-attachments", Text.Pick("照片太多了，请先提交入户调查记录。", "Too many photos not yet part of a visit; record the visit first."));
        }

        var contentType = FileSignatures.Detect(request.Content.Span)!;

        // Upright, no larger than needed, without its metadata (where the photo was taken included).
        ReadOnlyMemory<byte> content = images.Clean(request.Content.Span, contentType);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await store.SaveAsync(sha256, content, cancellationToken);
        var photo = Attachment.TakeOnHomeVisit(
            user.RequiredId(), application.Id, ItemCode.Parse(application.ItemCode), contentType, content.Length, sha256, Path.GetFileName(request.FileName), clock.GetUtcNow().UtcDateTime);
        db.Attachments.Add(photo);
        return photo.ToDto();
    }
}
