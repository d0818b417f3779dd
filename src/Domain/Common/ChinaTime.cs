namespace ReliefPlatform.Domain.Common;

/// <summary>
/// Time limits are counted on the calendar of mainland China. Instants are stored in UTC and
/// turned into a China Standard Time date only here, at the edge of the rules that need a date.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    public static DateTimeOffset ToChinaOffset(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>The UTC instant a China date begins (China has had no daylight saving since 1991).</summary>
    public static DateTime StartOfDayUtc(DateOnly chinaDate) =>
        new DateTimeOffset(chinaDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).UtcDateTime;

    public static DateTime ToChinaLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
