using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Reports.GetPublicOnTimeRates;

namespace ReliefPlatform.Api.Endpoints;

internal static class PublicEndpoints
{
    /// <summary>Output-cache policy of the anonymous figures: recomputed at most every ten minutes.</summary>
    public const string CachePolicy = "public-figures";

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/public/on-time-rates", GetOnTimeRates)
            .WithTags("Public")
            .AllowAnonymous()
            .CacheOutput(CachePolicy)
            .WithSummary("Each department's on-time completion rate (按时办结率) across the province, last 12 whole months and this month to date")
            .WithDescription("Completed on time ÷ completed (docs/metrics.md, metricsVersion in the answer), department names in Chinese and English. Cached for ten minutes.");

    public static async Task<Ok<PublicOnTimeRatesDto>> GetOnTimeRates(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicOnTimeRatesQuery(), cancellationToken));
}
