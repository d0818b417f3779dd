using MediatR;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Reports.GetCompletionReport;

internal sealed class GetCompletionReportQueryHandler(CompletionReportBuilder builder, UrgentTrackFigures urgent, StageReportBuilder stages, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetCompletionReportQuery, CompletionReportDto>
{
    public async Task<CompletionReportDto> Handle(GetCompletionReportQuery request, CancellationToken cancellationToken)
    {
        var region = user.RegionCode ?? throw new UnauthorizedAccessException();
        var now = clock.GetUtcNow().UtcDateTime;
        var report = await builder.BuildAsync(region, request, now, cancellationToken);

        // Apart from the builder, which the exports share: their files stay as they were.
        return report with
        {
            Urgent = await urgent.ForPeriodAsync(region, request.From, request.To, now, cancellationToken),
            Stages = await stages.BuildAsync(region, request.From, request.To, now, cancellationToken),
        };
    }
}
