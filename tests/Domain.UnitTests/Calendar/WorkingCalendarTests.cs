namespace ReliefPlatform.Domain.UnitTests.Calendar;

public class WorkingCalendarTests
{
    private static readonly Domain.Calendar.WorkingCalendar Calendar = Calendars.Official;

    [Theory]
    [InlineData("2026-10-31", new int[0])]          // next year's notice not due yet
    [InlineData("2026-11-01", new[] { 2027 })]      // from 1 November it is
    [InlineData("2026-12-31", new[] { 2027 })]
    [InlineData("2027-01-01", new[] { 2027 })]      // and once the year has begun, still missing
    [InlineData("2027-11-15", new[] { 2027, 2028 })]
    public void MissingYears_ThisYearAlways_NextYearFromNovember(string today, int[] expected)
    {
        Assert.Equal(expected, Calendar.MissingYears(D(today)));
    }

    [Fact]
    public void ADateInAYearWithoutItsNotice_IsProvisional()
    {
        Assert.False(Calendar.IsProvisional(D("2026-12-31")));
        Assert.True(Calendar.IsProvisional(D("2027-01-04")));
    }

    [Theory]
    [InlineData("2026-02-14", true)]  // Saturday, make-up working day before the Spring Festival
    [InlineData("2026-02-15", false)] // Sunday, first day of the Spring Festival holiday
    [InlineData("2026-02-16", false)] // Monday inside the holiday
    [InlineData("2026-02-23", false)] // Monday, last holiday day
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // Saturday, make-up working day after
    [InlineData("2026-03-01", false)] // ordinary Sunday
    [InlineData("2026-10-10", true)]  // Saturday make-up after National Day
    [InlineData("2026-10-07", false)]
    public void IsWorkingDay_FollowsTheStateCouncilNotice(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-12", 1, "2026-02-13")] // Thursday + 1 → Friday
    [InlineData("2026-02-13", 1, "2026-02-14")] // Friday + 1 → the make-up Saturday
    [InlineData("2026-02-14", 1, "2026-02-24")] // over the whole holiday
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2026-02-13", 10, "2026-03-05")] // counts the make-up Saturday 28 February
    [InlineData("2026-02-15", 1, "2026-02-24")] // accepted on a holiday: counting starts the next working day
    [InlineData("2026-02-10", 30, "2026-03-30")]
    public void AddWorkingDays_AcrossThe2026SpringFestival(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-09-24", 1, "2026-09-28")] // Mid-Autumn 25–27 September
    [InlineData("2026-09-30", 1, "2026-10-08")] // National Day 1–7 October
    [InlineData("2026-09-30", 2, "2026-10-09")]
    [InlineData("2026-09-30", 3, "2026-10-10")] // the make-up Saturday
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2026-09-18", 1, "2026-09-20")] // Friday + 1 → the make-up Sunday
    public void AddWorkingDays_AroundNationalDay2026(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));
    }

    [Fact]
    public void AddWorkingDays_WhenZero_ReturnsStart()
    {
        Assert.Equal(D("2026-02-16"), Calendar.AddWorkingDays(D("2026-02-16"), 0));
    }

    [Fact]
    public void AddWorkingDays_WhenYearIsUnknown_FallsBackToMondayToFriday()
    {
        Assert.Equal(D("2027-01-04"), Calendar.AddWorkingDays(D("2027-01-01"), 1));
        Assert.DoesNotContain(2027, Calendar.KnownYears);
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-27", 5)]
    [InlineData("2026-02-27", "2026-02-13", -5)]
    [InlineData("2026-02-15", "2026-02-23", 0)]
    [InlineData("2026-02-16", "2026-02-16", 0)]
    public void WorkingDaysBetween_CountsWorkingDaysAfterTheStart(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
