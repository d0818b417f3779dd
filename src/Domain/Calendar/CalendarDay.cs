namespace ReliefPlatform.Domain.Calendar;

/// <summary>One exception to the Monday–Friday rule, as announced by the State Council for a year.</summary>
public sealed class CalendarDay
{
    public CalendarDay(DateOnly date, CalendarDayKind kind)
    {
        Date = date;
        Kind = kind;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public int Year => Date.Year;
}
