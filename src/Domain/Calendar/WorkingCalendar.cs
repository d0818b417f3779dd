namespace ReliefPlatform.Domain.Calendar;

/// <summary>
/// Working days under 行政许可法 Art. 82: a make-up working day, or a Monday–Friday that is not a
/// holiday. Immutable; built from the calendar data an administrator maintains.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>From November, next year's calendar is due.</summary>
    public const int NextYearDueFromMonth = 11;

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        _holidays = list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToHashSet();
        _workdays = list.Where(d => d.Kind == CalendarDayKind.Workday).Select(d => d.Date).ToHashSet();
        KnownYears = list.Select(d => d.Year).ToHashSet();
    }

    /// <summary>Years for which a State Council notice has been loaded; other years fall back to Monday–Friday.</summary>
    public IReadOnlySet<int> KnownYears { get; }

    /// <summary>
    /// A date in a year whose holidays are not entered was counted Monday–Friday, and moves when they are:
    /// staff and residents see it as provisional.
    /// </summary>
    public bool IsProvisional(DateOnly date) => !KnownYears.Contains(date.Year);

    /// <summary>
    /// The years an administrator should enter now: this year when missing, and next year from 1 November
    /// (the State Council publishes its notice late in the year before, and 30-working-day limits reach
    /// into January from mid-November).
    /// </summary>
    public IReadOnlyList<int> MissingYears(DateOnly today) =>
        new[] { today.Year, today.Year + 1 }
            .Where(year => !KnownYears.Contains(year) && (year == today.Year || today.Month >= NextYearDueFromMonth))
            .ToList();

    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) ||
        (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day
    /// itself is never counted, so a limit that would end on a holiday runs to the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days before <paramref name="end"/>: the
    /// date D for which (D, end] holds exactly that many working days and D itself is a working day.
    /// </summary>
    public DateOnly SubtractWorkingDays(DateOnly end, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = end;
        var counted = 0;
        while (counted < workingDays || !IsWorkingDay(date))
        {
            if (IsWorkingDay(date))
            {
                counted++;
            }

            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
