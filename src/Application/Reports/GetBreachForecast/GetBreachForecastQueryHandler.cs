using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Reports.GetBreachForecast;

/// <summary>
/// Open cases come from the applications (an indexed range on status and due date); the pace from the
/// completion figures (snapshot days plus today live), so the cost does not grow with the history.
/// </summary>
internal sealed class GetBreachForecastQueryHandler(
    IApplicationDbContext db, ICurrentUser user, CompletionFiguresSource figures, ICatalog catalog, IWorkingCalendarProvider calendars,
    IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetBreachForecastQuery, BreachForecastDto>
{
    public const int PaceWorkingDays = 20;

    public async Task<BreachForecastDto> Handle(GetBreachForecastQuery request, CancellationToken cancellationToken)
    {
        var region = user.RegionCode ?? throw new UnauthorizedAccessException();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var calendar = await calendars.GetAsync(cancellationToken);
        var windowEnd = calendar.AddWorkingDays(today, request.Days);

        // The last 20 working days up to today: from the 20th working day back, today included when it is one.
        var paceFrom = calendar.SubtractWorkingDays(calendar.SubtractWorkingDays(today, 0), PaceWorkingDays - 1);

        // The cases whose clock runs (the lifecycle's table, as the queue and the sweep read it) can breach; a paused one cannot.
        var running = ApplicationLifecycle.ClockRunning;
        var open = await db.Applications.AsNoTracking().VisibleTo(user)
            .Where(a => running.Contains(a.Status) && a.DueDate <= windowEnd)
            .GroupBy(a => new { a.DepartmentCode, a.CountyCode, a.DueDate })
            .Select(g => new { g.Key.DepartmentCode, g.Key.CountyCode, g.Key.DueDate, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var decisions = (await figures.FlowTotalsAsync(paceFrom, today, today, RegionCode.SubtreePrefixOf(region), cancellationToken))
            .GroupBy(f => (f.DepartmentCode, f.CountyCode))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Completed));

        var snapshot = await catalog.GetAsync(cancellationToken);
        var rows = open
            .GroupBy(o => (o.DepartmentCode, o.CountyCode))
            .Select(queue =>
            {
                var done = decisions.GetValueOrDefault(queue.Key);
                var pace = Math.Round((decimal)done / PaceWorkingDays, 2);
                var due = queue.Where(o => o.DueDate >= today).Select(o => (o.DueDate, o.Count)).ToList();
                var (breaches, firstBreach) = BreachModel.Forecast(due, pace, today, calendar);
                return new BreachForecastRowDto(
                    queue.Key.DepartmentCode, snapshot.DepartmentName(queue.Key.DepartmentCode),
                    queue.Key.CountyCode, regions.Find(queue.Key.CountyCode)?.Name,
                    due.Sum(d => d.Count), queue.Where(o => o.DueDate < today).Sum(o => o.Count), done, pace, breaches, firstBreach);
            })
            .OrderByDescending(r => r.ExpectedBreaches).ThenByDescending(r => r.DueWithinWindow)
            .ThenBy(r => r.DepartmentCode, StringComparer.Ordinal).ThenBy(r => r.CountyCode, StringComparer.Ordinal)
            .ToList();

        var total = new BreachForecastTotalDto(
            rows.Sum(r => r.DueWithinWindow), rows.Sum(r => r.OverdueNow), rows.Sum(r => r.Decisions), rows.Sum(r => r.ExpectedBreaches));
        return new BreachForecastDto(region, ChinaTime.ToChinaOffset(now), request.Days, windowEnd, PaceWorkingDays, paceFrom, Model, rows, total);
    }

    private static string Model => Text.Pick(
        "每个队列（部门×县）按最近 20 个工作日的日均办结数（含今天）办理，先办仍能按时办结的最早到期件；"
        + "对窗口内每个到期日 D，累计到期件数减去 ⌊日均办结数 × [今天, D] 内的工作日数⌋ 即为至少会超期的件数，取各到期日中的最大值。"
        + "已超期件单独列出，不计入也不占用办理能力，因此结果是下限。",
        "Each queue (department × county) decides cases at its pace over the last 20 working days (today included), "
        + "earliest-due first among those that can still be on time. For each due date D in the window, the cases due by D minus "
        + "⌊pace × working days in [today, D]⌋ must breach; the forecast is the largest such shortfall. Cases already overdue are "
        + "listed apart and take no capacity, so the figure is a lower bound.");
}
