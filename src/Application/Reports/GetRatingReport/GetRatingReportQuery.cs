using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetRatingReport;

/// <summary>
/// 好差评 in the supervisor's region for ratings given between two China dates: per department, how many,
/// the average score, the poor ones, and their follow-ups (open, overdue, closed on time, closed late).
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record GetRatingReportQuery(DateOnly From, DateOnly To) : IQuery<RatingReportDto>;

public sealed record RatingReportDto(string RegionCode, DateOnly From, DateOnly To, IReadOnlyList<RatingRowDto> Departments, RatingRowDto Total);

public sealed record RatingRowDto(
    string DepartmentCode, int Ratings, decimal? AverageScore, int Poor, int FollowUpsOpen, int FollowUpsOverdue, int FollowUpsClosedOnTime, int FollowUpsClosedLate);

internal sealed class GetRatingReportQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetRatingReportQuery, RatingReportDto>
{
    public async Task<RatingReportDto> Handle(GetRatingReportQuery request, CancellationToken cancellationToken)
    {
        var from = ChinaTime.StartOfDayUtc(request.From);
        var to = ChinaTime.StartOfDayUtc(request.To.AddDays(1));
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var visible = db.Applications.VisibleTo(user).Select(a => a.Id);
        var ratings = await db.Ratings.AsNoTracking()
            .Where(r => r.RatedAt >= from && r.RatedAt < to && visible.Contains(r.ApplicationId))
            .Select(r => new { r.Id, r.DepartmentCode, r.Score })
            .ToListAsync(cancellationToken);
        var ids = ratings.Select(r => r.Id).ToList();
        var followUps = await db.RatingFollowUps.AsNoTracking().Where(f => ids.Contains(f.RatingId)).ToListAsync(cancellationToken);

        RatingRowDto Row(string department, IReadOnlyCollection<int> scores, IReadOnlyCollection<Domain.Applications.RatingFollowUp> loops) => new(
            department,
            scores.Count,
            scores.Count == 0 ? null : decimal.Round((decimal)scores.Sum() / scores.Count, 2),
            scores.Count(s => s <= 2),
            loops.Count(f => f.IsOpen && !f.IsOverdueOn(today)),
            loops.Count(f => f.IsOverdueOn(today)),
            loops.Count(f => f.ClosedAt is { } c && ChinaTime.DateOf(c) <= f.DueDate),
            loops.Count(f => f.ClosedAt is { } c && ChinaTime.DateOf(c) > f.DueDate));

        var rows = ratings.GroupBy(r => r.DepartmentCode).OrderBy(g => g.Key)
            .Select(g => Row(g.Key, [.. g.Select(r => r.Score)], [.. followUps.Where(f => f.DepartmentCode == g.Key)]))
            .ToList();
        return new RatingReportDto(user.RegionCode!, request.From, request.To, rows, Row("*", [.. ratings.Select(r => r.Score)], followUps));
    }
}
