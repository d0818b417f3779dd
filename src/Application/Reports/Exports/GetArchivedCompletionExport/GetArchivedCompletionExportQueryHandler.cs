using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports.GetArchivedCompletionExport;

internal sealed class GetArchivedCompletionExportQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetArchivedCompletionExportQuery, ExportStatusDto>
{
    public async Task<ExportStatusDto> Handle(GetArchivedCompletionExportQuery request, CancellationToken cancellationToken)
    {
        var (format, parameters) = CompletionExportParameters.Of(request);
        var canonical = parameters.ToString();
        if (user.RegionCode is null)
        {
            throw new UnauthorizedAccessException();
        }

        var asOfUtc = request.AsOf.UtcDateTime;
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
}
