using MediatR;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Reports.GetCompletionReport;

internal sealed class GetCompletionReportQueryHandler(CompletionReportBuilder builder, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetCompletionReportQuery, CompletionReportDto>
{
    public Task<CompletionReportDto> Handle(GetCompletionReportQuery request, CancellationToken cancellationToken) =>
        builder.BuildAsync(user.RegionCode ?? throw new UnauthorizedAccessException(), request, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
