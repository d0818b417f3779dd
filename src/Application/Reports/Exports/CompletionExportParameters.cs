using System.Globalization;
using ReliefPlatform.Domain.Reports;

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

    /// <summary>The per-stage table (docs/metrics.md, "Stages"): a sheet of an xlsx file of all, or a CSV of its own.</summary>
    public const string Stages = "stages";

    public const string All = "all";

    public static readonly string[] Parts = [Summary, Detail, Stages, All];

    public bool HasSummary => Part is Summary or All;

    public bool HasDetail => Part is Detail or All;

    public bool HasStages => Part is Stages or All;

    /// <summary>The file format and canonical parameters a request names, the part defaulting to all of an xlsx file or a CSV's summary.</summary>
    public static (ExportFormat Format, CompletionExportParameters Parameters) Of(ICompletionExportRequest request)
    {
        var format = request.Format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx;
        var part = request.Part ?? (format == ExportFormat.Csv ? Summary : All);
        return (format, new CompletionExportParameters(request.From, request.To, request.GroupBy, part));
    }

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
