using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.HelpRequests;

/// <summary>
/// 求助 (ADR 0044): "我不知道该申请什么". A resident describes a hardship in their own words, with where
/// they live and a phone; the county of that place gets it, and one of its caseworkers either routes it
/// to the item (and so the department) that fits, or answers it in words. Either way the resident is told,
/// within the working days the catalog gives.
/// </summary>
public sealed class HelpRequest
{
    public const int TextMaxLength = 1000;
    public const int ReplyMaxLength = 500;

    private HelpRequest()
    {
        Text = PlaceCode = CountyCode = Phone = PhoneIndex = string.Empty;
    }

    public HelpRequest(string text, RegionCode place, string phone, string phoneIndex, Guid? residentId, DateTime nowUtc, DateOnly dueDate)
        : this()
    {
        Id = Guid.CreateVersion7();
        Text = Guard.Text(text, TextMaxLength, "The request");
        PlaceCode = place.Value;
        CountyCode = place.County.Value;
        Phone = phone;
        PhoneIndex = phoneIndex;
        ResidentId = residentId;
        FiledAt = nowUtc;
        DueDate = dueDate;
        Status = HelpRequestStatus.Open;
    }

    public Guid Id { get; private set; }

    /// <summary>The resident's words: personal data, encrypted at rest.</summary>
    public string Text { get; private set; }

    /// <summary>Where the resident lives, as the region picker gave it (county, township or village).</summary>
    public string PlaceCode { get; private set; }

    /// <summary>The county whose caseworkers get the request.</summary>
    public string CountyCode { get; private set; }

    /// <summary>Where the answer is texted: personal data, encrypted at rest.</summary>
    public string Phone { get; private set; }

    /// <summary>The phone's blind index: a resident who signs in later with the same phone sees the request.</summary>
    public string PhoneIndex { get; private set; }

    /// <summary>The resident's account when the request was filed signed in.</summary>
    public Guid? ResidentId { get; private set; }

    public DateTime FiledAt { get; private set; }

    /// <summary>The county's last working day to route or answer it.</summary>
    public DateOnly DueDate { get; private set; }

    public HelpRequestStatus Status { get; private set; }

    /// <summary>The item a caseworker routed the request to, when routed.</summary>
    public string? ItemCode { get; private set; }

    /// <summary>The department of <see cref="ItemCode"/>.</summary>
    public string? DepartmentCode { get; private set; }

    /// <summary>What the caseworker told the resident: personal data (it speaks of their hardship), encrypted at rest.</summary>
    public string? Reply { get; private set; }

    public Guid? HandledBy { get; private set; }

    public DateTime? HandledAt { get; private set; }

    /// <summary>Changes on every step: a caseworker acting on a stale screen gets a conflict instead of overwriting a colleague.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>转办: the item that fits and what the resident should do next.</summary>
    public void Route(ServiceItem item, string reply, Guid by, DateTime nowUtc)
    {
        Handle(reply, by, nowUtc);
        Status = HelpRequestStatus.Routed;
        ItemCode = item.Code;
        DepartmentCode = item.DepartmentCode;
    }

    /// <summary>答复: no item fits (or none is needed); the caseworker's answer in words.</summary>
    public void Answer(string reply, Guid by, DateTime nowUtc)
    {
        Handle(reply, by, nowUtc);
        Status = HelpRequestStatus.Answered;
    }

    public bool IsOverdueOn(DateOnly today) => Status == HelpRequestStatus.Open && today > DueDate;

    private void Handle(string reply, Guid by, DateTime nowUtc)
    {
        if (Status != HelpRequestStatus.Open)
        {
            throw new DomainException(
                "help-request-handled",
                Common.Text.Pick("这条求助已经处理过了。", "This help request has already been handled."));
        }

        Reply = Guard.Text(reply, ReplyMaxLength, "The reply");
        HandledBy = by;
        HandledAt = nowUtc;
        Version = Guid.NewGuid();
    }
}
