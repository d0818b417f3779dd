using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Jobs.GetJobRuns;
using ReliefPlatform.Application.Jobs.GetJobs;
using ReliefPlatform.Application.Jobs.TriggerJob;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Api.Endpoints;

internal sealed record DashboardSessionDto(string Url, DateTimeOffset ExpiresAt);

internal static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/jobs").WithTags("Jobs");
        group.MapGet("/", GetJobs)
            .RequireAuthorization(ApiServices.JobReaders)
            .WithSummary("Each scheduled job with its schedule (Asia/Shanghai), last run, last result and next run");
        group.MapGet("/{name}/runs", GetJobRuns)
            .RequireAuthorization(ApiServices.JobReaders)
            .WithSummary("The latest runs of a job, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{name}/trigger", TriggerJob)
            .RequireAuthorization(Role.Administrator)
            .WithSummary("Run a job now (administrators)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/dashboard-session", OpenDashboard)
            .RequireAuthorization(Role.Administrator)
            .WithSummary("A 10-minute HttpOnly cookie for the read-only Hangfire dashboard at /jobs, bound to this session (administrators)");
    }

    public static Ok<DashboardSessionDto> OpenDashboard(HttpContext context, AuthOptions auth, TimeProvider clock) =>
        TypedResults.Ok(new DashboardSessionDto(JobsDashboard.Path + "/", ChinaTime.ToChinaOffset(JobsDashboard.Issue(context, auth, clock).UtcDateTime)));

    public static async Task<Ok<IReadOnlyList<JobDto>>> GetJobs(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetJobsQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<JobRunDto>>> GetJobRuns(string name, int? take, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetJobRunsQuery(name, take ?? 20), cancellationToken));

    public static async Task<Accepted> TriggerJob(string name, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new TriggerJobCommand(name), cancellationToken);
        return TypedResults.Accepted($"/api/v1/admin/jobs/{name}/runs");
    }
}
