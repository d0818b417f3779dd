using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;

/// <summary>
/// The completion report as an xlsx (summary, detail and metadata sheets) or CSV (one part) file, of the
/// current figures. Small exports are written in the request; large ones are queued for the export job.
/// The export is recorded only once its file is archived (or once it is queued), so a failed write
/// leaves no record claiming a file.
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record ExportCompletionReportCommand(string Format, DateOnly From, DateOnly To, string GroupBy = "department", string? Part = null)
    : ICommand<ExportStatusDto>, ICompletionExportRequest;
