using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.Exports.GetArchivedCompletionExport;

/// <summary>The earlier completion export with these parameters and as-of time, whose archived file is the same bytes.</summary>
[Authorize(Role.Supervisor)]
public sealed record GetArchivedCompletionExportQuery(
    string Format, DateOnly From, DateOnly To, DateTimeOffset AsOf, string GroupBy = "department", string? Part = null)
    : IQuery<ExportStatusDto>, ICompletionExportRequest;
