using ReliefPlatform.Application.Reports.GetBreachForecast;
using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Application.UnitTests.Reports;

public class BreachModelTests
{
    // Monday to Friday; Monday 7 December 2026.
    private static readonly WorkingCalendar Calendar = new([]);
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Fact]
    public void Forecast_WhenTwoAreDueTodayAtPaceOne_OneBreachesAndTheNextDayIsMet()
    {
        var (breaches, first) = BreachModel.Forecast([(Monday, 2), (Monday.AddDays(1), 1)], 1m, Monday, Calendar);

        Assert.Equal((1, Monday), (breaches, first));
    }

    [Fact]
    public void Forecast_WhenThePaceKeepsUp_NothingBreaches()
    {
        var (breaches, first) = BreachModel.Forecast([(Monday, 1), (Monday.AddDays(1), 1), (Monday.AddDays(4), 3)], 1m, Monday, Calendar);

        Assert.Equal((0, (DateOnly?)null), (breaches, first));
    }

    [Fact]
    public void Forecast_OverAWeekend_CountsOnlyWorkingDaysOfCapacity()
    {
        // Friday 11 → Monday 14: two working days in [Fri, Mon] at 1.5 a day = 3 cases.
        var friday = new DateOnly(2026, 12, 11);

        var (breaches, first) = BreachModel.Forecast([(friday.AddDays(3), 4)], 1.5m, friday, Calendar);

        Assert.Equal((1, friday.AddDays(3)), (breaches, first));
    }

    [Fact]
    public void Forecast_OnANonWorkingDay_GivesTodayNoCapacity()
    {
        var saturday = new DateOnly(2026, 12, 12);

        var (breaches, _) = BreachModel.Forecast([(saturday.AddDays(2), 2)], 1m, saturday, Calendar);

        Assert.Equal(1, breaches);
    }
}
