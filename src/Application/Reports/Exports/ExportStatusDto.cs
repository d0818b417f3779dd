using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>An export's state, for the caller who polls a large one and for the record.</summary>
public sealed record ExportStatusDto(
    Guid Id,
    string Report,
    string Format,
    string Parameters,
    string RegionCode,
    string Status,
    long TotalRows,
    long RowsWritten,
    int Percent,
    DateTimeOffset RequestedAt,
    DateTimeOffset? AsOf,
    DateTimeOffset? CompletedAt,
    long? FileSize,
    string? FileSha256,
    string? ContentSha256,
    string? DownloadUrl,
    string? Error)
{
    public static ExportStatusDto From(ReportExport e) => new(
        e.Id,
        e.Report,
        e.Format.ToString().ToLowerInvariant(),
        e.Parameters,
        e.RegionCode,
        e.Status.ToString(),
        e.TotalRows,
        e.RowsWritten,
        e.Status == ExportStatus.Done ? 100 : e.TotalRows == 0 ? 0 : (int)Math.Min(99, e.RowsWritten * 100 / e.TotalRows),
        ChinaTime.ToChinaOffset(e.RequestedAt),
        e.AsOf is { } asOf ? ChinaTime.ToChinaOffset(asOf) : null,
        e.CompletedAt is { } completed ? ChinaTime.ToChinaOffset(completed) : null,
        e.FileSize,
        e.FileSha256,
        e.ContentSha256,
        e.Status == ExportStatus.Done ? $"/api/v1/reports/exports/{e.Id}/file" : null,
        e.Status == ExportStatus.Failed ? Text.Pick("导出失败，请重试。", "The export failed; please try again.") : null);
}

/// <summary>Exports are seen by the supervisors of the region whose figures they hold; to anyone else they do not exist.</summary>
internal static class ExportAccess
{
    public static IQueryable<ReportExport> VisibleTo(this IQueryable<ReportExport> exports, ICurrentUser user)
    {
        var region = user.RegionCode;
        return user.Role == Role.Supervisor && region is not null ? exports.Where(e => e.RegionCode == region) : exports.Where(e => false);
    }
}
