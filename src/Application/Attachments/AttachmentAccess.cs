using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments;

/// <summary>
/// Who may see an attachment: the resident who uploaded it, and staff who can see the application it
/// belongs to (the same scope as the application itself). Anyone else gets 404.
/// </summary>
internal static class AttachmentAccess
{
    public static IQueryable<Attachment> VisibleTo(this IQueryable<Attachment> attachments, IApplicationDbContext db, ICurrentUser user)
    {
        if (user.Role == Role.Resident && user.Id is { } residentId)
        {
            return attachments.Where(a => a.ResidentId == residentId);
        }

        var applications = db.Applications.VisibleTo(user).Select(a => a.Id);
        return attachments.Where(a => a.ApplicationId != null && applications.Contains(a.ApplicationId.Value));
    }

    public static AttachmentDto ToDto(this Attachment a) => new(
        a.Id, a.ItemCode, a.DocumentKey, a.ContentType, a.SizeBytes, a.FileName, Domain.Common.ChinaTime.ToChinaOffset(a.UploadedAt), a.ApplicationId, a.Stage?.ToString());
}
