namespace ReliefPlatform.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A statutory holiday (法定节假日), including its weekday rest days.</summary>
    Holiday,

    /// <summary>A make-up working day on a weekend (调休上班).</summary>
    Workday,
}
