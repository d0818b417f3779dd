namespace ReliefPlatform.Domain.Calendar;

/// <summary>An administrator's replacement of one year's holidays and make-up working days, kept as the audit of calendar changes.</summary>
public sealed class CalendarRevision
{
    private CalendarRevision()
    {
        Holidays = Workdays = string.Empty;
    }

    public CalendarRevision(int year, Guid changedBy, DateTime changedAt, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays, int rescheduled)
    {
        Year = year;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Holidays = string.Join(',', holidays.Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Workdays = string.Join(',', workdays.Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Rescheduled = rescheduled;
    }

    public long Id { get; private set; }

    public int Year { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTime ChangedAt { get; private set; }

    /// <summary>The year's holidays as uploaded (comma-separated ISO dates).</summary>
    public string Holidays { get; private set; }

    public string Workdays { get; private set; }

    /// <summary>How many open applications' due dates moved.</summary>
    public int Rescheduled { get; private set; }
}
