using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// 先行救助 as the queue and the detail show it (ADR 0039). <see cref="HoursLeft"/> counts clock hours to
/// <see cref="HelpDueAt"/> while an open case waits for help (negative once missed).
/// </summary>
public sealed record UrgentAidDto(
    string MarkedBy,
    DateTimeOffset MarkedAt,
    DateTimeOffset HelpDueAt,
    decimal? HoursLeft,
    DateTimeOffset? HelpRecordedAt,
    bool? HelpOnTime,
    string? HelpKind,
    decimal? HelpAmount,
    DateOnly? PaperworkDueDate)
{
    public static UrgentAidDto? Of(UrgentAid? aid, ApplicationStatus status, DateTime nowUtc) => aid is null ? null : new(
        aid.MarkedBy.ToString(),
        ChinaTime.ToChinaOffset(aid.MarkedAt),
        ChinaTime.ToChinaOffset(aid.HelpDueAt),
        status.IsOpen() ? aid.HelpHoursLeft(nowUtc) : null,
        aid.HelpRecordedAt is { } at ? ChinaTime.ToChinaOffset(at) : null,
        aid.HelpOnTime,
        aid.HelpKind?.ToString(),
        aid.HelpAmount,
        aid.PaperworkDueDate);
}
