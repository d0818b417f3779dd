using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports.GetAppealReport;

/// <summary>
/// 复核 in the supervisor's region (ADR 0042): the requests for review filed between two China dates, per
/// department or per item, and how they stand today: under review (and of those, past their due date),
/// upheld, overturned, withdrawn by the resident, decided on time. Kept apart from the completion report, whose figures an appeal
/// does not change (docs/metrics.md).
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetAppealReportQuery(DateOnly From, DateOnly To, string GroupBy = "department") : IQuery<AppealReportDto>;

public sealed record AppealReportDto(string RegionCode, DateOnly From, DateOnly To, string GroupBy, IReadOnlyList<AppealRowDto> Rows, AppealRowDto Total);

/// <summary>One department or item: <c>filed</c> = <c>underReview</c> + <c>upheld</c> + <c>overturned</c> + <c>withdrawn</c>; <c>overdue</c> counts those under review past their due date; <c>decidedOnTime</c> those decided by it (a withdrawn one is neither).</summary>
public sealed record AppealRowDto(string Key, string Name, int Filed, int UnderReview, int Overdue, int Upheld, int Overturned, int Withdrawn, int DecidedOnTime);

internal sealed class GetAppealReportQueryValidator : AbstractValidator<GetAppealReportQuery>
{
    public GetAppealReportQueryValidator()
    {
        RuleFor(q => q.From).InServiceYears();
        RuleFor(q => q.To).InServiceYears();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From).WithMessage(_ => Text.Pick("结束日期不能早于开始日期。", "The end date cannot be before the start date."))
            .Must((q, to) => to.DayNumber - q.From.DayNumber <= 366).WithMessage(_ => Text.Pick("一次最多查询一年。", "At most one year at a time."));
        RuleFor(q => q.GroupBy).Must(g => g is "department" or "item")
            .WithMessage(_ => Text.Pick("分组只能是 department 或 item。", "groupBy is department or item."));
    }
}

internal sealed class GetAppealReportQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, TimeProvider clock)
    : IRequestHandler<GetAppealReportQuery, AppealReportDto>
{
    public async Task<AppealReportDto> Handle(GetAppealReportQuery request, CancellationToken cancellationToken)
    {
        var from = ChinaTime.StartOfDayUtc(request.From);
        var to = ChinaTime.StartOfDayUtc(request.To.AddDays(1));
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var prefix = RegionCode.SubtreePrefixOf(user.RegionCode ?? throw new UnauthorizedAccessException());
        var appeals = await db.Appeals.AsNoTracking()
            .Where(p => p.FiledAt >= from && p.FiledAt < to && p.CountyCode.StartsWith(prefix))
            .Select(p => new { p.DepartmentCode, p.ItemCode, p.Outcome, p.DueDate, p.DecidedOnTime })
            .ToListAsync(cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        var byItem = request.GroupBy == "item";

        AppealRowDto Row(string key, string name, IReadOnlyCollection<AppealLine> lines) => new(
            key,
            name,
            lines.Count,
            lines.Count(l => l.Outcome is null),
            lines.Count(l => l.Outcome is null && l.DueDate < today),
            lines.Count(l => l.Outcome == AppealOutcome.Upheld),
            lines.Count(l => l.Outcome == AppealOutcome.Overturned),
            lines.Count(l => l.Outcome == AppealOutcome.Withdrawn),
            lines.Count(l => l.DecidedOnTime == true));

        var lines = appeals.Select(a => new AppealLine(byItem ? a.ItemCode : a.DepartmentCode, a.Outcome, a.DueDate, a.DecidedOnTime)).ToList();
        var rows = lines.GroupBy(l => l.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, byItem ? NameOfItem(snapshot, g.Key) : snapshot.DepartmentName(g.Key), [.. g]))
            .ToList();
        return new AppealReportDto(user.RegionCode!, request.From, request.To, request.GroupBy, rows, Row("*", Text.Pick("合计", "Total"), lines));
    }

    private static string NameOfItem(CatalogSnapshot snapshot, string code) =>
        snapshot.FindItem(code) is { } item ? Text.Pick(item.Name, item.NameEn) : code;

    private sealed record AppealLine(string Key, AppealOutcome? Outcome, DateOnly DueDate, bool? DecidedOnTime);
}
