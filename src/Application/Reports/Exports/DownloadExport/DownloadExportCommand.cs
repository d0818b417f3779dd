using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports.DownloadExport;

/// <summary>
/// The archived file of a finished export. A command although it only reads the file: every download is
/// audited, and saved before the file is opened (hence in steps), so a download that cannot be audited
/// does not happen.
/// </summary>
[Authorize(Role.Supervisor)]
public sealed record DownloadExportCommand(Guid Id) : ICommand<ExportFileDto>, ISavesInSteps;

/// <summary>An open archived file and what the response says about it. The caller disposes the stream.</summary>
public sealed record ExportFileDto(Stream Content, string FileName, string ContentType, string Sha256, DateTimeOffset AsOf);

internal sealed class DownloadExportCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, IExportStore store, IAuditTrail audit)
    : IRequestHandler<DownloadExportCommand, ExportFileDto>
{
    public async Task<ExportFileDto> Handle(DownloadExportCommand request, CancellationToken cancellationToken)
    {
        var export = await db.ReportExports.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (export.Status != ExportStatus.Done)
        {
            throw new ConflictException("export-not-ready", Text.Pick("导出尚未完成，请稍后再下载。", "The export is not ready yet; download it when it is done."));
        }

        audit.Record(new AuditEntry("report.export-downloaded", AuditObjects.ReportExport, export.Id.ToString()));
        await unitOfWork.SaveAsync(cancellationToken);
        var content = store.OpenRead(export.FileName!)
            ?? throw new NotFoundException(Text.Pick("导出文件已不在存档中。", "The export's file is no longer in the archive."));
        var parameters = CompletionExportParameters.Parse(export.Parameters);
        var asOf = ChinaTime.ToChinaOffset(export.AsOf!.Value);
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"办结情况_{export.RegionCode}_{parameters.From:yyyyMMdd}-{parameters.To:yyyyMMdd}_{parameters.Part}_{asOf:yyyyMMdd'T'HHmmss}.{CompletionExporter.Extension(export.Format)}");
        var contentType = export.Format == ExportFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        return new ExportFileDto(content, name, contentType, export.FileSha256!, asOf);
    }
}
