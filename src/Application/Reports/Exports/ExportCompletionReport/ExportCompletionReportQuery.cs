using MediatR;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Reports.GetCompletionReport;

namespace ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;

/// <summary>
/// The completion report as an xlsx (summary, detail and metadata sheets) or CSV (one part) file. Small
/// exports are written in the request; large ones are queued for the export job. With
/// <see cref="AsOf"/>, the archived file of an earlier export with the same parameters, byte for byte.
/// </summary>
[Authorize(Roles = Roles.Supervisor)]
public sealed record ExportCompletionReportQuery(
    string Format, DateOnly From, DateOnly To, string GroupBy = "department", string? Part = null, DateTimeOffset? AsOf = null)
    : IRequest<ExportStatusDto>, IReportPeriod;
