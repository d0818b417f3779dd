namespace ReliefPlatform.Domain.Calendar;

/// <summary>
/// The years the service counts in: working calendars, deadlines and reports. A date outside them is bad
/// input (a typo, or a probe), not a day the service has rules for.
/// </summary>
public static class ServiceYears
{
    public const int First = 2000;
    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;

    public static bool Contains(DateOnly day) => Contains(day.Year);
}
