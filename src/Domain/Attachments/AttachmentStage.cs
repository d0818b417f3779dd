namespace ReliefPlatform.Domain.Attachments;

/// <summary>
/// When the attachment came: the resident's, with the application or answering an information request;
/// or a photo the township's officials took on a home visit (ADR 0040).
/// </summary>
public enum AttachmentStage
{
    Application,
    Supplement,
    HomeVisit,

    /// <summary>With a request for review (复核).</summary>
    Appeal,
}
