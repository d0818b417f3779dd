using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Domain.UnitTests.Calendar;

/// <summary>The 2025 and 2026 calendars of domain.md, built the way the seed file is.</summary>
internal static class Calendars
{
    public static WorkingCalendar Official { get; } = new(Days());

    private static IEnumerable<CalendarDay> Days()
    {
        (int Y, int M1, int D1, int M2, int D2)[] holidays =
        [
            (2025, 1, 1, 1, 1), (2025, 1, 28, 2, 4), (2025, 4, 4, 4, 6), (2025, 5, 1, 5, 5), (2025, 5, 31, 6, 2), (2025, 10, 1, 10, 8),
            (2026, 1, 1, 1, 3), (2026, 2, 15, 2, 23), (2026, 4, 4, 4, 6), (2026, 5, 1, 5, 5), (2026, 6, 19, 6, 21), (2026, 9, 25, 9, 27), (2026, 10, 1, 10, 7),
        ];
        foreach (var (y, m1, d1, m2, d2) in holidays)
        {
            for (var d = new DateOnly(y, m1, d1); d <= new DateOnly(y, m2, d2); d = d.AddDays(1))
            {
                yield return new CalendarDay(d, CalendarDayKind.Holiday);
            }
        }

        string[] workdays = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];
        foreach (var w in workdays)
        {
            yield return new CalendarDay(DateOnly.Parse(w, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.Workday);
        }
    }
}
