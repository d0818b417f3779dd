namespace ReliefPlatform.Application.Reports.GetCompletionReport;

/// <summary>
/// The per-stage figures of a period (docs/metrics.md, "Stages"): one row per stage of the procedures
/// (its key and the office level doing it) and one per office level (township, county department).
/// </summary>
public sealed record StageReportDto(IReadOnlyList<StageRowDto> Stages, IReadOnlyList<StageRowDto> OfficeLevels);

/// <summary>
/// One stage (<c>key</c> = the catalog's stage key) or one office level (<c>key</c> = <c>office</c>):
/// stages finished in the period, those on time by their own due date and those that sent the case back;
/// the on-time rate and average working days of the finished; in progress and overdue at the period's end.
/// </summary>
public sealed record StageRowDto(
    string Key,
    string Name,
    string Office,
    long Finished,
    long FinishedOnTime,
    long SentBack,
    decimal? OnTimeRate,
    decimal? AvgWorkingDays,
    long Open,
    long Overdue);
