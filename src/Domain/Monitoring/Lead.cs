using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Monitoring;

/// <summary>
/// 线索: a sign that a household may be falling into hardship (a neighbour's word, a hospital stay, a
/// fire), raised by an official. It must be decided within 15 days: taken into monitoring (after a village
/// notice of at least 5 days) or not, with a reason. The deadline jobs chase it like any other.
/// </summary>
public sealed class Lead
{
    public const int SubjectMaxLength = 500;
    public const int ReasonMaxLength = 500;
    public const int DaysToDecide = 15;
    public const int MinimumNoticeDays = 5;
    public const int ReminderDays = 3;

    private Lead()
    {
        RegionCode = Subject = string.Empty;
    }

    public Lead(Regions.RegionCode regionCode, string subject, Guid? householdId, Guid raisedBy, DateTime nowUtc)
        : this()
    {
        Id = Guid.CreateVersion7();
        RegionCode = regionCode.Value;
        Subject = subject;
        HouseholdId = householdId;
        RaisedBy = raisedBy;
        RaisedAt = nowUtc;
        DueDate = ChinaTime.DateOf(nowUtc).AddDays(DaysToDecide);
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; }

    public string Subject { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public Guid RaisedBy { get; private set; }

    public DateTime RaisedAt { get; private set; }

    /// <summary>The China date by which it must be decided: 15 days after it was raised.</summary>
    public DateOnly DueDate { get; private set; }

    public LeadDecision? Decision { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>The first day of the village notice (公示) before taking the household into monitoring.</summary>
    public DateOnly? NoticeFrom { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    /// <summary>When the county's officials were reminded that it is due soon; once.</summary>
    public DateTime? RemindedAt { get; private set; }

    /// <summary>When it was reported overdue to the county's supervisors; once.</summary>
    public DateTime? OverdueReportedAt { get; private set; }

    public Guid Version { get; private set; }

    public bool IsOpen => Decision is null;

    public bool IsOverdueOn(DateOnly today) => IsOpen && today > DueDate;

    public void Decide(LeadDecision decision, string reason, DateOnly? noticeFrom, Guid by, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new DomainException("lead-decided", Text.Pick("这条线索已经研判过了。", "This lead has been decided already."));
        }

        var today = ChinaTime.DateOf(nowUtc);
        if (decision == LeadDecision.Included && (noticeFrom is not { } from || from > today.AddDays(-MinimumNoticeDays)))
        {
            throw new DomainException("notice-too-short", Text.Pick(
                $"纳入监测前须在村内公示不少于 {MinimumNoticeDays} 天；请填写公示开始日期（不晚于 {today.AddDays(-MinimumNoticeDays):yyyy-MM-dd}）。",
                $"Taking a household into monitoring needs a village notice of at least {MinimumNoticeDays} days; give its first day (no later than {today.AddDays(-MinimumNoticeDays):yyyy-MM-dd})."));
        }

        Decision = decision;
        DecisionReason = reason;
        NoticeFrom = decision == LeadDecision.Included ? noticeFrom : null;
        DecidedAt = nowUtc;
        DecidedBy = by;
        Version = Guid.NewGuid();
    }

    public void MarkReminded(DateTime nowUtc) => RemindedAt ??= nowUtc;

    public void MarkOverdueReported(DateTime nowUtc) => OverdueReportedAt ??= nowUtc;
}

public enum LeadDecision
{
    /// <summary>纳入监测.</summary>
    Included,

    /// <summary>不纳入: looked into, no monitoring needed.</summary>
    NotIncluded,
}
