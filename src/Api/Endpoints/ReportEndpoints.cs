using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Reports.GetBreachForecast;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Application.Reports.GetOverdueApplications;
using ReliefPlatform.Application.Reports.GetRatingReport;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Role.Supervisor);
        reports.MapGet("/ratings", GetRatingReport)
            .WithSummary("好差评 of the supervisor's region for ratings given between two dates: per department the count, the average, the poor ones and their follow-ups (open, overdue, closed on time, late)")
            .ProducesValidationProblem();
        reports.MapGet("/completion", GetCompletionReport)
            .WithSummary("On-time completion figures of the supervisor's region for a period (definitions: docs/metrics.md)")
            .WithDescription("groupBy = department | item | region | month. Finished days come from the nightly snapshot, today from the live applications. stages: per stage and per office level (township, county department) of the region and period, from the stage records (docs/metrics.md, \"Stages\").")
            .ProducesValidationProblem();
        reports.MapGet("/overdue", GetOverdueApplications)
            .WithSummary("The applications overdue now behind a report cell, most overdue first (drill-down)")
            .WithDescription("Open with a running clock (submitted or accepted) and past the due date, in the supervisor's region. groupBy = department | item | region | month with key = the row's key (region: a county, or a prefecture for the province; month: of filing, yyyy-MM); without them, every overdue application. Paged; total is the count of the whole cell. A staged case names its stage (its office and own due date) and its earlier stages that ended late.")
            .ProducesValidationProblem();
        reports.MapGet("/forecast", GetBreachForecast)
            .WithSummary("Breach forecast (超期预警): per department queue, the cases due within the next days working days and how many will breach at the queue's recent pace")
            .WithDescription("days = 1 to 20 working days (default 5). Pace = decisions per working day over the last 20 working days (snapshot plus today). Rows with the most expected breaches first; the model is described in the answer and in docs/metrics.md.")
            .ProducesValidationProblem();
    }

    public static async Task<Ok<RatingReportDto>> GetRatingReport(DateOnly from, DateOnly to, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRatingReportQuery(from, to), cancellationToken));

    public static async Task<Ok<CompletionReportDto>> GetCompletionReport(DateOnly from, DateOnly to, string? groupBy, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCompletionReportQuery(from, to, groupBy ?? "department"), cancellationToken));

    public static async Task<Ok<OverduePageDto>> GetOverdueApplications(
        string? groupBy, string? key, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOverdueApplicationsQuery(groupBy, key, page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<BreachForecastDto>> GetBreachForecast(int? days, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBreachForecastQuery(days ?? 5), cancellationToken));
}
