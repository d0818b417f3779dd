using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications.GetQueue;
using ReliefPlatform.Application.StaffAccounts.GetColleagues;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/queue", GetQueue)
            .WithTags("Queue")
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("The caseworker's queue: their department's applications in their county, most urgent first")
            .WithDescription(
                "Open applications by default; status= one status; item= one item code; due=overdue|soon (≤ 2 working days left)|week (≤ 5); " +
                "assigned=me|unassigned|others; q= a tracking number or part of one. slaState is OnTrack, DueSoon or Overdue; paused is true while " +
                "waiting for the resident. counts are over the whole open queue, whatever the filters.")
            .ProducesValidationProblem();
        app.MapGet("/api/v1/colleagues", GetColleagues)
            .WithTags("Queue")
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("The caseworkers of the caller's department and county, to assign applications to");
    }

    public static async Task<Ok<QueuePageDto>> GetQueue(
        string? status, string? item, string? due, string? assigned, string? q, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetQueueQuery(status, page ?? 1, pageSize ?? 20) { Item = item, Due = due, Assigned = assigned, Q = q }, cancellationToken));

    public static async Task<Ok<IReadOnlyList<ColleagueDto>>> GetColleagues(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetColleaguesQuery(), cancellationToken));
}
