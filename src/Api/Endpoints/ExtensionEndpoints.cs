using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications.GetPendingExtensions;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class ExtensionEndpoints
{
    public static void MapExtensionEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/extensions", GetPendingExtensions)
            .WithTags("Applications")
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("Extension requests waiting for a supervisor of the caller's region, oldest first");

    public static async Task<Ok<IReadOnlyList<PendingExtensionDto>>> GetPendingExtensions(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPendingExtensionsQuery(), cancellationToken));
}
