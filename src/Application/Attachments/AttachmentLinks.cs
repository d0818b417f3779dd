using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments;

/// <summary>Links a resident's uploads to an application as it is submitted or an information request is answered.</summary>
internal static class AttachmentLinks
{
    public const int MaxPerRequest = 40;

    public static async Task LinkAsync(
        IApplicationDbContext db, Guid residentId, IReadOnlyCollection<Guid>? ids, Guid applicationId, AttachmentStage stage, CancellationToken cancellationToken)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }

        var wanted = ids.Distinct().ToList();
        var found = await db.Attachments
            .Where(a => wanted.Contains(a.Id) && a.ResidentId == residentId && (a.ApplicationId == null || a.ApplicationId == applicationId))
            .ToListAsync(cancellationToken);
        if (found.Count != wanted.Count)
        {
            throw new ValidationException("attachmentIds", Text.Pick("有的照片找不到了，请重新上传。", "Some of the files were not found; upload them again."));
        }

        foreach (var attachment in found)
        {
            attachment.LinkTo(applicationId, stage);
        }
    }
}
