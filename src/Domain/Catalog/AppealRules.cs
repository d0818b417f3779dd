using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Domain.Catalog;

/// <summary>
/// 复核: how long a resident has to ask the deciding office to review a refusal or non-acceptance, and how
/// long the office has to answer, as catalog data (<c>catalog.json</c>'s <c>appeal</c>). The period counts in
/// calendar days from the day the decision was issued; a last day that is not a working day moves to the
/// next working day, as periods in Chinese procedure do. The review is inside the department and does not
/// touch the periods of 行政复议 (60 days) or 行政诉讼 (6 months) the decision states.
/// </summary>
public sealed record AppealRules(int PeriodCalendarDays = 30, int WorkingDays = 15, int ReasonMinLength = 10)
{
    public const int ReasonMaxLength = 1000;

    public static readonly AppealRules Default = new();

    /// <summary>The last day (China date) on which a decision issued on <paramref name="decidedOn"/> can be appealed.</summary>
    public DateOnly LastDay(DateOnly decidedOn, WorkingCalendar calendar)
    {
        var last = decidedOn.AddDays(PeriodCalendarDays);
        while (!calendar.IsWorkingDay(last))
        {
            last = last.AddDays(1);
        }

        return last;
    }

    /// <summary>Refuses rules a catalog file cannot mean: they stop the load rather than reach a case.</summary>
    public AppealRules Checked() =>
        PeriodCalendarDays is < 1 or > 366 || WorkingDays is < 1 or > 60 || ReasonMinLength is < 1 or > 200
            ? throw new ArgumentException($"The appeal rules ({PeriodCalendarDays} calendar days to appeal, {WorkingDays} working days to answer) are not valid.")
            : this;
}
