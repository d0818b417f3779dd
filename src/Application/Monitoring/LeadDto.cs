using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring;

public sealed record LeadDto(
    Guid Id, string RegionCode, string Subject, Guid? HouseholdId, DateTime RaisedAt, DateOnly DueDate, int DaysLeft, bool Overdue,
    string Status, string StatusText, string? DecisionReason, DateOnly? NoticeFrom, DateTime? DecidedAt, Guid Version);

public sealed record LeadPageDto(IReadOnlyList<LeadDto> Items, int Total, int Page, int PageSize);

internal static class LeadMapping
{
    public static LeadDto ToDto(this Lead lead, DateOnly today) => new(
        lead.Id, lead.RegionCode, lead.Subject, lead.HouseholdId, lead.RaisedAt, lead.DueDate, lead.DueDate.DayNumber - today.DayNumber, lead.IsOverdueOn(today),
        lead.Decision?.ToString() ?? "Open", StatusText(lead, today), lead.DecisionReason, lead.NoticeFrom, lead.DecidedAt, lead.Version);

    private static string StatusText(Lead lead, DateOnly today) => lead.Decision switch
    {
        LeadDecision.Included => Text.Pick("已纳入监测", "Taken into monitoring"),
        LeadDecision.NotIncluded => Text.Pick("不纳入监测", "Not taken into monitoring"),
        _ when lead.IsOverdueOn(today) => Text.Pick("已逾期，待研判", "Overdue, awaiting a decision"),
        _ => Text.Pick("待研判", "Awaiting a decision"),
    };
}
