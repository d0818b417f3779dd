using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Attachments;

/// <summary>
/// A document a resident uploaded (a photo of an ID card, an invoice, a diagnosis): first held with the
/// draft of an item, then linked to the application when it is submitted, or to the answer of an
/// information request. The bytes live in the attachment store under their SHA-256; the row says whose
/// they are and what they are for.
/// </summary>
public sealed class Attachment
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int ContentTypeMaxLength = 32;
    public const int DocumentKeyMaxLength = 64;
    public const int FileNameMaxLength = 120;
    public const int Sha256Length = 64;

    private Attachment()
    {
        ItemCode = ContentType = Sha256 = FileName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The resident who uploaded it; null for a photo an official took on a home visit.</summary>
    public Guid? ResidentId { get; private set; }

    /// <summary>The official who took a home-visit photo.</summary>
    public Guid? StaffId { get; private set; }

    /// <summary>The home visit a photo belongs to, once the visit is recorded with it.</summary>
    public Guid? HomeVisitId { get; private set; }

    public string ItemCode { get; private set; }

    /// <summary>Which of the item's documents (or <c>supplement</c>) this is a photo of; null when unsaid.</summary>
    public string? DocumentKey { get; private set; }

    /// <summary>What the content is, from its first bytes (not from what the client said).</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the content: the file's name in the store.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The name on the phone (personal data: encrypted at rest).</summary>
    public string FileName { get; private set; }

    public DateTime UploadedAt { get; private set; }

    /// <summary>The application it belongs to once submitted (or once an information request is answered with it).</summary>
    public Guid? ApplicationId { get; private set; }

    public AttachmentStage? Stage { get; private set; }

    public static Attachment Upload(
        Guid residentId, Catalog.ItemCode itemCode, string? documentKey, string contentType, long sizeBytes, string sha256, string fileName, DateTime nowUtc)
    {
        if (sizeBytes is <= 0 or > MaxBytes)
        {
            throw new DomainException("too-large", Text.Pick("文件太大了。", "The file is too large."));
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "photo" : fileName.Trim();
        return new Attachment
        {
            Id = Guid.CreateVersion7(),
            ResidentId = residentId,
            ItemCode = itemCode.Value,
            DocumentKey = string.IsNullOrWhiteSpace(documentKey) ? null : documentKey.Trim(),
            ContentType = contentType,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
            FileName = name.Length > FileNameMaxLength ? name[..FileNameMaxLength] : name,
            UploadedAt = nowUtc,
        };
    }

    /// <summary>
    /// A photo an official took on a home visit to <paramref name="applicationId"/>: it belongs to the case
    /// at once (its staff may see it, the resident may not) and to the visit once the visit is recorded.
    /// </summary>
    public static Attachment TakeOnHomeVisit(
        Guid staffId, Guid applicationId, Catalog.ItemCode itemCode, string contentType, long sizeBytes, string sha256, string fileName, DateTime nowUtc)
    {
        var photo = Upload(Guid.Empty, itemCode, "home-visit", contentType, sizeBytes, sha256, fileName, nowUtc);
        photo.ResidentId = null;
        photo.StaffId = staffId;
        photo.ApplicationId = applicationId;
        photo.Stage = AttachmentStage.HomeVisit;
        return photo;
    }

    /// <summary>Makes a home-visit photo part of the visit recorded with it; a photo belongs to one visit only.</summary>
    public void AttachToVisit(Guid homeVisitId)
    {
        if (Stage != AttachmentStage.HomeVisit || (HomeVisitId is { } visit && visit != homeVisitId))
        {
            throw new DomainException("photo-elsewhere", Text.Pick("这张照片已经用在另一次入户调查里了。", "This photo already belongs to another visit."));
        }

        HomeVisitId = homeVisitId;
    }

    /// <summary>Links the upload to an application; an attachment belongs to one application only.</summary>
    public void LinkTo(Guid applicationId, AttachmentStage stage)
    {
        if (ApplicationId is { } linked && linked != applicationId)
        {
            throw new DomainException("attachment-linked", Text.Pick("这张照片已经用在另一件申请里了。", "This file already belongs to another application."));
        }

        ApplicationId = applicationId;
        Stage = stage;
    }
}
