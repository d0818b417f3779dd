using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Catalog.GetCatalog;
using ReliefPlatform.Application.Regions.GetRegions;

namespace ReliefPlatform.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Catalog").AllowAnonymous();
        group.MapGet("/catalog", GetCatalog)
            .WithSummary("The departments and their service items, with the questions each asks");
        group.MapGet("/regions", GetRegions)
            .WithSummary("Administrative divisions directly below a parent code (the province when omitted)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<CatalogDto>> GetCatalog(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCatalogQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<RegionDto>>> GetRegions(string? parent, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRegionsQuery(parent), cancellationToken));
}
