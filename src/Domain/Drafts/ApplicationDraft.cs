using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Drafts;

/// <summary>
/// What a resident has typed so far for one service item, kept between screens and sessions so that
/// nothing is lost when the phone's browser is closed or a sign-in expires. One per resident and item;
/// the data is the page's own JSON (answers, the step reached), stored encrypted, never interpreted here.
/// </summary>
public sealed class ApplicationDraft
{
    public const int DataMaxLength = 50_000;

    private ApplicationDraft()
    {
        ItemCode = DataJson = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ResidentId { get; private set; }

    public string ItemCode { get; private set; }

    /// <summary>A JSON object, encrypted at rest like every other thing a resident writes.</summary>
    public string DataJson { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static ApplicationDraft Start(Guid residentId, ServiceItem item, string dataJson, DateTime nowUtc)
    {
        var draft = new ApplicationDraft
        {
            Id = Guid.CreateVersion7(),
            ResidentId = residentId,
            ItemCode = item.Code,
            CreatedAt = nowUtc,
        };
        draft.Save(dataJson, nowUtc);
        return draft;
    }

    public void Save(string dataJson, DateTime nowUtc)
    {
        if (dataJson.Length > DataMaxLength)
        {
            throw new DomainException("too-long", Text.Pick("草稿太大了。", $"A draft must be at most {DataMaxLength} characters."));
        }

        DataJson = dataJson;
        UpdatedAt = nowUtc;
    }
}
