using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// 好差评: the resident's one rating of how an application was handled, from 1 (very dissatisfied) to 5
/// (very satisfied), with an optional comment; given once, after the decision.
/// </summary>
public sealed class ApplicationRating
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int CommentMaxLength = 500;

    private ApplicationRating()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid ResidentId { get; private set; }

    public int Score { get; private set; }

    /// <summary>The resident's words (personal data: encrypted at rest).</summary>
    public string? Comment { get; private set; }

    public string DepartmentCode { get; private set; } = string.Empty;

    public DateTime RatedAt { get; private set; }

    /// <summary>差评 (1–2): the department follows up.</summary>
    public bool IsPoor => Score <= 2;

    public static ApplicationRating Give(ReliefApplication application, Guid residentId, int score, string? comment, DateTime nowUtc)
    {
        if (!application.Status.IsCompleted())
        {
            throw new DomainException("not-decided", Text.Pick("申请办结后才能评价。", "An application can be rated only after its decision."));
        }

        if (score is < MinScore or > MaxScore)
        {
            throw new DomainException("invalid-score", Text.Pick("评价是 1 到 5 星。", "A rating is 1 to 5."));
        }

        return new ApplicationRating
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application.Id,
            ResidentId = residentId,
            Score = score,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : Guard.Text(comment, CommentMaxLength, "The comment"),
            DepartmentCode = application.DepartmentCode,
            RatedAt = nowUtc,
        };
    }
}
