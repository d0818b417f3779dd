using System.Globalization;

namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>
/// The parameters of a completion export in one canonical string, the form stored with the export and
/// compared when the same file is asked for again.
/// </summary>
internal sealed record CompletionExportParameters(DateOnly From, DateOnly To, string GroupBy, string Part)
{
    public const string Report = "completion";

    public const string Summary = "summary";

    public const string Detail = "detail";

    public const string All = "all";

    public static readonly string[] Parts = [Summary, Detail, All];

    public bool HasSummary => Part != Detail;

    public bool HasDetail => Part != Summary;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"from={From:yyyy-MM-dd};to={To:yyyy-MM-dd};groupBy={GroupBy};part={Part}");

    public static CompletionExportParameters Parse(string canonical)
    {
        var values = canonical.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new(
            DateOnly.ParseExact(values["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(values["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            values["groupBy"],
            values["part"]);
    }
}
