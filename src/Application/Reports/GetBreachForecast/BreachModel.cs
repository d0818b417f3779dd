using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Application.Reports.GetBreachForecast;

/// <summary>
/// The forecast for one queue. The queue decides <c>pace</c> cases per working day, today counted as a
/// whole working day when it is one, so by the end of a day D it has decided ⌊pace × working days in
/// [today, D]⌋ cases. Working the cases that can still make it earliest-due first (breached ones wait),
/// the cases due on or before D that cannot be decided by D are at least cumulative due(D) − that
/// capacity; the expected breaches are the largest such shortfall over the window's due dates, and
/// the first breach date is the first due date with a shortfall. Cases already overdue are not counted
/// (they are reported apart) and take no capacity, so the figure is a lower bound.
/// </summary>
internal static class BreachModel
{
    public static (int ExpectedBreaches, DateOnly? FirstBreachDate) Forecast(
        IEnumerable<(DateOnly DueDate, int Count)> dueWithinWindow, decimal pace, DateOnly today, WorkingCalendar calendar)
    {
        var todayCounts = calendar.IsWorkingDay(today) ? 1 : 0;
        var cumulative = 0;
        var breaches = 0;
        DateOnly? first = null;
        foreach (var (dueDate, count) in dueWithinWindow.OrderBy(d => d.DueDate))
        {
            cumulative += count;
            var capacity = (int)decimal.Floor(pace * (todayCounts + calendar.WorkingDaysBetween(today, dueDate)));
            var shortfall = cumulative - capacity;
            if (shortfall > 0)
            {
                first ??= dueDate;
                breaches = Math.Max(breaches, shortfall);
            }
        }

        return (breaches, first);
    }
}
