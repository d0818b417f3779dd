using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.UnitTests.Calendar;

namespace ReliefPlatform.Domain.UnitTests.Deadlines;

public class DeadlinePolicyTests
{
    private static readonly Domain.Calendar.WorkingCalendar Calendar = Calendars.Official;

    [Theory]
    [InlineData("2026-10-09", 1, "2026-10-08")] // 8 October is the first working day after the holiday
    [InlineData("2026-10-08", 1, "2026-09-30")] // back over National Day
    [InlineData("2026-10-12", 3, "2026-10-08")] // counts the make-up Saturday 10 October
    [InlineData("2026-10-04", 1, "2026-09-29")] // from inside the holiday
    [InlineData("2026-10-09", 0, "2026-10-09")]
    [InlineData("2026-10-04", 0, "2026-09-30")] // zero from a holiday: the last working day before it
    public void SubtractWorkingDays_CountsBackOverHolidays(string end, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.SubtractWorkingDays(D(end), days));
    }

    [Theory]
    [InlineData("2026-09-10", 7)]
    [InlineData("2026-10-12", 10)]
    [InlineData("2026-02-24", 10)]
    public void SubtractWorkingDays_IsTheInverseOfAddWorkingDays(string start, int days)
    {
        Assert.Equal(D(start), Calendar.SubtractWorkingDays(Calendar.AddWorkingDays(D(start), days), days));
    }

    [Fact]
    public void RemindUpTo_IsTwoWorkingDaysAhead_AcrossTheHoliday()
    {
        Assert.Equal(D("2026-10-09"), new DeadlinePolicy().RemindUpTo(D("2026-09-30"), Calendar));
    }

    [Fact]
    public void EscalateBefore_IsTenWorkingDaysBack()
    {
        // (2026-09-28, 2026-10-16] holds ten working days: 29, 30 Sep, 8, 9, 10 (make-up), 12–16 Oct.
        Assert.Equal(D("2026-09-28"), new DeadlinePolicy().EscalateBefore(D("2026-10-16"), Calendar));
        Assert.Equal(10, Calendar.WorkingDaysBetween(D("2026-09-28"), D("2026-10-16")));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
