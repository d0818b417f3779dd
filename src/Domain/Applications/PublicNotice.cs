using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// 公示: a proposal shown in the resident's village or community, with only what the rules allow (the
/// name masked, household size, the proposed help, the dates). Written when the notice stage starts and
/// never changed; it is on show while its application is still in that notice stage and
/// <see cref="EndsOn"/> has not passed.
/// </summary>
public sealed class PublicNotice
{
    public const int ProposedHelpMaxLength = ReliefApplication.BenefitMaxLength;

    private PublicNotice()
    {
        PlaceCode = MaskedName = ItemCode = ProposedHelp = string.Empty;
    }

    internal PublicNotice(ReliefApplication application, string placeCode, int householdSize, DateOnly startsOn, DateOnly endsOn)
        : this()
    {
        Id = Guid.CreateVersion7();
        ApplicationId = application.Id;
        StageSequence = application.StageSequence;
        PlaceCode = placeCode;
        MaskedName = Applicant.MaskMiddle(application.ApplicantName);
        ItemCode = application.ItemCode;
        HouseholdSize = householdSize;
        ProposedHelp = application.ProposedBenefit ?? string.Empty;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public int StageSequence { get; private set; }

    /// <summary>The village or community (12 digits) where it is posted; the township when the address names no village.</summary>
    public string PlaceCode { get; private set; }

    /// <summary>The name with its middle masked (张*明), never the full name.</summary>
    public string MaskedName { get; private set; }

    public string ItemCode { get; private set; }

    public int HouseholdSize { get; private set; }

    public string ProposedHelp { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day on show (China date), counted in calendar days.</summary>
    public DateOnly EndsOn { get; private set; }
}

/// <summary>
/// 异议: what someone raised against a public notice, with a contact or anonymously. It goes to the
/// township with its own deadline; upheld, it sends the case back to investigation.
/// </summary>
public sealed class NoticeObjection
{
    public const int TextMaxLength = 1000;
    public const int ContactMaxLength = 50;
    public const int ResolutionMaxLength = ReliefApplication.ReasonMaxLength;

    private NoticeObjection()
    {
        Content = string.Empty;
    }

    public NoticeObjection(PublicNotice notice, string text, string? contact, DateTime raisedAt, DateOnly dueDate)
        : this()
    {
        Id = Guid.CreateVersion7();
        NoticeId = notice.Id;
        ApplicationId = notice.ApplicationId;
        Content = Guard.Text(text, TextMaxLength, "The objection");
        Contact = string.IsNullOrWhiteSpace(contact) ? null : Guard.Text(contact, ContactMaxLength, "The contact");
        RaisedAt = raisedAt;
        DueDate = dueDate;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>Personal data of whoever objected and of the household: encrypted at rest.</summary>
    public string Content { get; private set; }

    /// <summary>How to reach whoever objected; null when anonymous.</summary>
    public string? Contact { get; private set; }

    public DateTime RaisedAt { get; private set; }

    /// <summary>The township's last working day to look into it.</summary>
    public DateOnly DueDate { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public bool? Upheld { get; private set; }

    public string? Resolution { get; private set; }

    public Guid? ResolvedBy { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    internal void Resolve(bool upheld, string resolution, Guid? by, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new DomainException("objection-resolved", Text.Pick("这条异议已经处理过了。", "This objection has already been resolved."));
        }

        Upheld = upheld;
        Resolution = Guard.Text(resolution, ResolutionMaxLength, "The resolution");
        ResolvedBy = by;
        ResolvedAt = nowUtc;
    }
}
