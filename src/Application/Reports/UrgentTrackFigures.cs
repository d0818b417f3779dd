using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports;

/// <summary>
/// 先行救助 reported apart (docs/metrics.md, ADR 0039): the urgent cases filed in a period and how their two
/// clocks ended, and the urgent cases among the period's completions, so that the ordinary on-time rate,
/// which counts them as any case, can also be read without them. Computed live from the applications:
/// urgent cases are few, and their clocks are not in the nightly snapshot.
/// </summary>
internal sealed class UrgentTrackFigures(IApplicationDbContext db)
{
    public async Task<UrgentFiguresDto> ForPeriodAsync(string region, DateOnly from, DateOnly to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var prefix = RegionCode.SubtreePrefixOf(region);
        var start = ChinaTime.StartOfDayUtc(from);
        var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
        var urgent = db.Applications.AsNoTracking().Where(a => a.UrgentAid != null && a.CountyCode.StartsWith(prefix));

        // EF cannot reach an owned value inside a group's aggregate: the few urgent rows are counted here.
        var filed = await urgent.Where(a => a.SubmittedAt >= start && a.SubmittedAt < end)
            .Select(a => new { a.UrgentAid!.HelpDueAt, a.UrgentAid.HelpRecordedAt, a.UrgentAid.PaperworkDueBefore, a.CompletedAt, a.CompletedOnTime })
            .ToListAsync(cancellationToken);
        var helped = filed.Where(a => a.HelpRecordedAt is not null).ToList();

        // A help clock has ended when help came, or when its hours ran out on a case still open then (one
        // closed earlier without help, not eligible or withdrawn, owed none).
        var helpDue = helped.Count + filed.Count(a => a.HelpRecordedAt is null && a.HelpDueAt <= nowUtc && (a.CompletedAt is null || a.CompletedAt >= a.HelpDueAt));
        var helpOnTime = helped.Count(a => a.HelpRecordedAt <= a.HelpDueAt);
        var paperwork = helped.Where(a => a.CompletedOnTime is not null).ToList();
        var paperworkOnTime = paperwork.Count(a => a.CompletedAt < a.PaperworkDueBefore);

        var completed = urgent.Where(a => a.CompletedOnTime != null && a.CompletedAt >= start && a.CompletedAt < end);
        var urgentCompleted = await completed.CountAsync(cancellationToken);
        var urgentCompletedOnTime = await completed.CountAsync(a => a.CompletedOnTime == true, cancellationToken);

        return new UrgentFiguresDto(
            filed.Count, helpDue, helped.Count, helpOnTime, Rate(helpOnTime, helpDue),
            paperwork.Count, paperworkOnTime, Rate(paperworkOnTime, paperwork.Count),
            urgentCompleted, urgentCompletedOnTime);
    }

    private static decimal? Rate(long part, long whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}
