using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;

/// <summary>
/// Not a unit-of-work command: the export record is saved here, after the file is archived (or when
/// it is queued), so that a failed write leaves no record claiming a file.
/// </summary>
internal sealed class ExportCompletionReportQueryHandler(
    IApplicationDbContext db, ICurrentUser user, CompletionExporter exporter, ExportSettings settings, IJobScheduler jobs, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<ExportCompletionReportQuery, ExportStatusDto>
{
    public const string JobName = "run-exports";

    public async Task<ExportStatusDto> Handle(ExportCompletionReportQuery request, CancellationToken cancellationToken)
    {
        var format = request.Format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx;
        var part = request.Part ?? (format == ExportFormat.Csv ? CompletionExportParameters.Summary : CompletionExportParameters.All);
        var parameters = new CompletionExportParameters(request.From, request.To, request.GroupBy, part);
        var canonical = parameters.ToString();
        var region = user.RegionCode ?? throw new UnauthorizedAccessException();

        if (request.AsOf is { } asOf)
        {
            var asOfUtc = asOf.UtcDateTime;
            var earlier = await db.ReportExports.AsNoTracking().VisibleTo(user)
                .Where(e => e.Report == CompletionExportParameters.Report && e.Format == format && e.Parameters == canonical
                    && e.AsOf == asOfUtc && e.Status == ExportStatus.Done)
                .OrderBy(e => e.CompletedAt)
                .FirstOrDefaultAsync(cancellationToken);
            return earlier is not null
                ? ExportStatusDto.From(earlier)
                : throw new NotFoundException(Text.Pick(
                    "没有该时点、该参数的导出文件。不指定 asOf 即按当前数据导出。",
                    "There is no export with these parameters as of that time. Leave out asOf to export the current figures."));
        }

        var export = ReportExport.Request(CompletionExportParameters.Report, format, canonical, region, user.RequiredId(), clock.GetUtcNow().UtcDateTime);
        db.ReportExports.Add(export);
        audit.Record(new AuditEntry("report.export-requested", AuditObjects.ReportExport, export.Id.ToString(), Detail: $"{format} {canonical}"));
        if (await exporter.CountDetailAsync(region, parameters, cancellationToken) > settings.BackgroundRowThreshold)
        {
            await db.SaveChangesAsync(cancellationToken);
            await jobs.TriggerAsync(JobName, cancellationToken);
            return ExportStatusDto.From(export);
        }

        await exporter.GenerateAsync(export, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ExportStatusDto.From(export);
    }
}
