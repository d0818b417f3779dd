namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>How a cell is written: Excel gets numbers as numbers, rates as percentages, dates as dates.</summary>
public enum CellKind
{
    /// <summary>Free text, different in every row (tracking numbers).</summary>
    Text,

    /// <summary>Text from a short list (names, statuses), stored once in the workbook and referenced.</summary>
    Label,
    /// <summary>A whole number (counts, working days).</summary>
    Count,

    /// <summary>A number with one decimal (average working days).</summary>
    Decimal1,

    /// <summary>A fraction shown as a percentage (0.9375 → 93.75%).</summary>
    Percent,
    Date,

    /// <summary>A China Standard Time date and time.</summary>
    DateTime,
}

public sealed record ReportColumn(string Header, CellKind Kind, double Width);

/// <summary>
/// One table of an export (a sheet in xlsx, the whole body of a CSV). Cells are <c>string</c>,
/// <c>long</c>, <c>decimal</c>, <c>DateOnly</c>, <c>DateTime</c> (China local) or null.
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IAsyncEnumerable<object?[]> Rows);

/// <summary>
/// What an export holds: its tables in order and the metadata that travels with them (parameters,
/// as-of time, metric-definition version). The writer adds the content's SHA-256 to the metadata.
/// </summary>
public sealed record ReportFile(IReadOnlyList<ReportTable> Tables, IReadOnlyList<KeyValuePair<string, string>> Metadata, DateTime AsOfChinaLocal);

/// <summary>Writes a <see cref="ReportFile"/> as xlsx or CSV (Infrastructure: Open XML SDK, CsvHelper).</summary>
public interface IReportFileWriter
{
    /// <summary>
    /// Streams the file to <paramref name="destination"/> and returns the SHA-256 (hex) of its content
    /// (the canonical CSV form of its tables), which the file also carries in its metadata.
    /// <paramref name="rowsWritten"/> is called every few thousand rows with the running total.
    /// </summary>
    Task<string> WriteAsync(
        Domain.Reports.ExportFormat format, ReportFile file, Stream destination, Func<long, Task>? rowsWritten, CancellationToken cancellationToken);
}

/// <summary>
/// Where finished exports are archived (files under the data directory here; a deployment with several
/// nodes points it at shared storage). Files are named by their SHA-256 and never change.
/// </summary>
public interface IExportStore
{
    /// <summary>A new, empty scratch file to write an export into.</summary>
    Stream CreateScratch(out string scratchName);

    /// <summary>Moves a written scratch file into the archive; returns its name there, size and SHA-256.</summary>
    Task<(string FileName, long Size, string Sha256)> ArchiveAsync(string scratchName, string extension, CancellationToken cancellationToken);

    void DeleteScratch(string scratchName);

    /// <summary>Opens an archived file, or null when it is missing.</summary>
    Stream? OpenRead(string fileName);
}

/// <summary>
/// A read-only view of the database that stays consistent across several queries (the summary and the
/// detail of one export): a repeatable-read transaction on PostgreSQL, a deferred one on SQLite.
/// </summary>
public interface IConsistentRead
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);
}
