namespace ReliefPlatform.Infrastructure.Persistence.Sql;

/// <summary>
/// Every SQL statement the service writes by hand, one subclass per provider, each provider's whole
/// set in one file (SQLite and PostgreSQL share theirs). <c>{0}</c>, <c>{1}</c>… are EF parameters
/// (<see cref="System.Runtime.CompilerServices.FormattableStringFactory"/>), never spliced text; what a
/// method adds to a statement is a fixed expression or a name from the EF model, never input.
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSqlDialect.Instance,
        DatabaseProvider.SqlServer => SqlServerDialect.Instance,
        _ => SqliteDialect.Instance,
    };

    /// <summary>
    /// The deadline sweep's INSERT … SELECT of one stage over the applications (or help requests) in one
    /// status, each (application, stage, due date) once: {0} stage, {1} the status's deadline phase,
    /// {2} swept at, {3} the status, {4} first and {5} last due date. <see cref="ChasedDate.Stage"/>: the
    /// due date is the stage's own (ADR 0040), of staged cases only, and only where it comes before the
    /// application's. <see cref="ChasedDate.HelpRequest"/>: a help request's (ADR 0044), without a department.
    /// </summary>
    public abstract string RaiseDeadlineEvents(ChasedDate date);

    /// <summary>
    /// The notifications of one audience summarising a sweep's events, counted per region (and per
    /// department when <paramref name="byDepartment"/>): {0} kind, {1} role, {2} swept at, {3} stage.
    /// </summary>
    public abstract string NotifyDeadlineAudience(bool byDepartment, RegionLevel region);

    /// <summary>A member of staff has read a notification, once however often it is marked: {0} notification, {1} staff, {2} read at.</summary>
    public abstract string MarkNotificationRead { get; }

    /// <summary>
    /// The daily figures (docs/metrics.md) of the applications open at the day's end or finished after
    /// its start: {0} day, {1} start (UTC), {2} end (UTC), {3} true, {4} county prefix pattern.
    /// </summary>
    public abstract string DailyFigures { get; }

    /// <summary>{0} day.</summary>
    public abstract string DeleteDailyStatistics { get; }

    /// <summary><see cref="DailyFigures"/> written as the day's rows: its five parameters and {5} taken at.</summary>
    public abstract string InsertDailyStatistics { get; }

    /// <summary>{0} month (its first day).</summary>
    public abstract string DeleteMonthlyStatistics { get; }

    /// <summary>The month's flows added up from its daily rows: {0} month (its first day), {1} its last day.</summary>
    public abstract string InsertMonthlyStatistics { get; }

    /// <summary>
    /// The ids (as <c>Value</c>) of the first {1} rows of <paramref name="table"/>, in id order, with a
    /// personal value not starting with {0} (the current key's prefix and '%') or, when named, without
    /// its blind index.
    /// </summary>
    public abstract string StalePersonalDataIds(string table, IReadOnlyList<string> encryptedColumns, string? unindexedColumn);
}

/// <summary>
/// Where a deadline notification goes: the county itself, its prefecture (4 digits + 00) or its province
/// (2 digits + 0000), the township office holding the case's stage (ADR 0040; cases held by a county have
/// none), or the office holding the stage whichever it is (township or county).
/// </summary>
internal enum RegionLevel
{
    County,
    Prefecture,
    Province,
    StageTownship,
    StageOffice,
}

/// <summary>Which due date a sweep statement chases: an application's, its stage's (ADR 0040), or a help request's (ADR 0044).</summary>
internal enum ChasedDate
{
    Application,
    Stage,
    HelpRequest,
}
