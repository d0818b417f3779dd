using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.Exports.GetExport;

/// <summary>An export's progress and, when done, where to download it.</summary>
[Authorize(Role.Supervisor)]
public sealed record GetExportQuery(Guid Id) : IQuery<ExportStatusDto>;

internal sealed class GetExportQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetExportQuery, ExportStatusDto>
{
    public async Task<ExportStatusDto> Handle(GetExportQuery request, CancellationToken cancellationToken)
    {
        var export = await db.ReportExports.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        return ExportStatusDto.From(export);
    }
}

/// <summary>The caller's region's latest exports, newest first.</summary>
[Authorize(Role.Supervisor)]
public sealed record GetExportsQuery(int Take = 50) : IQuery<IReadOnlyList<ExportStatusDto>>;

internal sealed class GetExportsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetExportsQuery, IReadOnlyList<ExportStatusDto>>
{
    public async Task<IReadOnlyList<ExportStatusDto>> Handle(GetExportsQuery request, CancellationToken cancellationToken)
    {
        var exports = await db.ReportExports.AsNoTracking().VisibleTo(user)
            .OrderByDescending(e => e.RequestedAt)
            .Take(Math.Clamp(request.Take, 1, 200))
            .ToListAsync(cancellationToken);
        return exports.Select(ExportStatusDto.From).ToList();
    }
}
