namespace ReliefPlatform.Domain.Reports;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

public enum ExportStatus
{
    /// <summary>Too large to answer in the request: waiting for the export job.</summary>
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// One report export, kept as evidence: who asked for what, the instant its data stand as of, and the
/// SHA-256 of the file. The file itself is archived, so the same parameters and as-of time give the
/// auditor the very same bytes a year later (ADR 0011).
/// </summary>
public sealed class ReportExport
{
    public const int ErrorMaxLength = 500;

    private ReportExport()
    {
        Report = Parameters = RegionCode = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Which report: <c>completion</c>.</summary>
    public string Report { get; private set; }

    public ExportFormat Format { get; private set; }

    /// <summary>The canonical parameter string (<c>from=…;to=…;groupBy=…;part=…</c>), compared as a whole.</summary>
    public string Parameters { get; private set; }

    /// <summary>The region whose figures the file holds: the requesting supervisor's.</summary>
    public string RegionCode { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    /// <summary>The instant the data were read, whole seconds (UTC); set when generation starts.</summary>
    public DateTime? AsOf { get; private set; }

    public ExportStatus Status { get; private set; }

    public long TotalRows { get; private set; }

    public long RowsWritten { get; private set; }

    /// <summary>The archived file's name in the export store; set when done.</summary>
    public string? FileName { get; private set; }

    public long? FileSize { get; private set; }

    /// <summary>SHA-256 (hex) of the whole file.</summary>
    public string? FileSha256 { get; private set; }

    /// <summary>SHA-256 (hex) of the content as written into the file's own metadata.</summary>
    public string? ContentSha256 { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>How many times the export job has claimed it (counted by the claim itself).</summary>
    public int Attempts { get; private set; }

    /// <summary>While Running: the export job's claim; a job that died is replaced after it.</summary>
    public DateTime? LockedUntil { get; private set; }

    public static ReportExport Request(string report, ExportFormat format, string parameters, Regions.RegionCode regionCode, Guid requestedBy, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Report = report,
        Format = format,
        Parameters = parameters,
        RegionCode = regionCode.Value,
        RequestedBy = requestedBy,
        RequestedAt = nowUtc,
        Status = ExportStatus.Queued,
    };

    public void Start(DateTime asOfUtc, long totalRows)
    {
        AsOf = new DateTime(asOfUtc.Ticks - (asOfUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        TotalRows = totalRows;
        RowsWritten = 0;
        Status = ExportStatus.Running;
    }

    public void Complete(string fileName, long fileSize, string fileSha256, string contentSha256, DateTime nowUtc)
    {
        FileName = fileName;
        FileSize = fileSize;
        FileSha256 = fileSha256;
        ContentSha256 = contentSha256;
        RowsWritten = TotalRows;
        CompletedAt = nowUtc;
        Status = ExportStatus.Done;
        LockedUntil = null;
        Error = null;
    }

    public void Fail(string error, DateTime nowUtc)
    {
        Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        CompletedAt = nowUtc;
        Status = ExportStatus.Failed;
        LockedUntil = null;
    }
}
