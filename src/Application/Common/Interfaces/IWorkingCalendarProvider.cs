using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>The working-day calendar from the holiday data; cached until an administrator changes it.</summary>
public interface IWorkingCalendarProvider
{
    Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken);

    void Invalidate();
}
