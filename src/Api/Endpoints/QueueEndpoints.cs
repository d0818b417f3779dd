using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Applications.GetQueue;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Api.Endpoints;

internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/queue", GetQueue)
            .WithTags("Queue")
            .RequireAuthorization(Roles.Caseworker)
            .WithSummary("The caseworker's queue: their department's applications in their county, most urgent first")
            .WithDescription("Open applications by default; status= filters one status. slaState is OnTrack, DueSoon (≤ 2 working days left) or Overdue; paused is true while waiting for the resident.")
            .ProducesValidationProblem();

    public static async Task<Ok<QueuePageDto>> GetQueue(string? status, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetQueueQuery(status, page ?? 1, pageSize ?? 20), cancellationToken));
}
