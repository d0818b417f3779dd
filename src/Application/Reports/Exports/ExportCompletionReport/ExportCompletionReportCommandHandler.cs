using MediatR;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Application.Reports.Exports.RunExports;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;

internal sealed class ExportCompletionReportCommandHandler(
    IApplicationDbContext db, ICurrentUser user, CompletionExporter exporter, ExportSettings settings, IJobScheduler jobs, IAuditTrail audit,
    AfterCommit afterCommit, TimeProvider clock)
    : IRequestHandler<ExportCompletionReportCommand, ExportStatusDto>
{
    public async Task<ExportStatusDto> Handle(ExportCompletionReportCommand request, CancellationToken cancellationToken)
    {
        var (format, parameters) = CompletionExportParameters.Of(request);
        var canonical = parameters.ToString();
        var region = user.RegionCode ?? throw new UnauthorizedAccessException();

        var export = ReportExport.Request(CompletionExportParameters.Report, format, canonical, RegionCode.Parse(region), user.RequiredId(), clock.GetUtcNow().UtcDateTime);
        db.ReportExports.Add(export);
        audit.Record(new AuditEntry("report.export-requested", AuditObjects.ReportExport, export.Id.ToString(), Detail: $"{format} {canonical}"));
        if (await exporter.CountDetailAsync(region, parameters, cancellationToken) > settings.BackgroundRowThreshold)
        {
            afterCommit.Add(ct => jobs.TriggerAsync(RunExportsCommand.JobName, ct));
            return ExportStatusDto.From(export);
        }

        await exporter.GenerateAsync(export, null, cancellationToken);
        return ExportStatusDto.From(export);
    }
}
