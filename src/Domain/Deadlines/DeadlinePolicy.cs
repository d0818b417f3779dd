using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Domain.Deadlines;

/// <summary>
/// The chasing rules as dates, so that a sweep can select by range: remind when due within
/// <see cref="ReminderWorkingDays"/> working days; supervise once past due; escalate when more than
/// <see cref="EscalationWorkingDays"/> working days past due (the provincial 10-day rule).
/// </summary>
public sealed record DeadlinePolicy(int ReminderWorkingDays = 2, int EscalationWorkingDays = 10)
{
    /// <summary>The latest due date that is reminded of on <paramref name="today"/>.</summary>
    public DateOnly RemindUpTo(DateOnly today, WorkingCalendar calendar) => calendar.AddWorkingDays(today, ReminderWorkingDays);

    /// <summary>Due dates before this are escalated on <paramref name="today"/>.</summary>
    public DateOnly EscalateBefore(DateOnly today, WorkingCalendar calendar) => calendar.SubtractWorkingDays(today, EscalationWorkingDays);
}
