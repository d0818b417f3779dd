namespace ReliefPlatform.Domain.Attachments;

/// <summary>When the resident gave the attachment: with the application, or answering an information request.</summary>
public enum AttachmentStage
{
    Application,
    Supplement,

    /// <summary>With a request for review (复核).</summary>
    Appeal,
}
