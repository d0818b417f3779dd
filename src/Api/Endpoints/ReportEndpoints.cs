using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Reports.GetCompletionReport;

namespace ReliefPlatform.Api.Endpoints;

internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/reports/completion", GetCompletionReport)
            .WithTags("Reports")
            .RequireAuthorization(Roles.Supervisor)
            .WithSummary("On-time completion figures of the supervisor's region for a period (definitions: docs/metrics.md)")
            .WithDescription("groupBy = department | item | region | month. Finished days come from the nightly snapshot, today from the live applications.")
            .ProducesValidationProblem();

    public static async Task<Ok<CompletionReportDto>> GetCompletionReport(DateOnly from, DateOnly to, string? groupBy, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCompletionReportQuery(from, to, groupBy ?? "department"), cancellationToken));
}
