using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.HelpRequests;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>求助 (ADR 0044): "我不知道该申请什么", from the phone page to the county of the resident's place.</summary>
internal static class HelpRequestEndpoints
{
    public static void MapHelpRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/help-requests").WithTags("Help requests");
        group.MapPost("/", FileHelpRequest)
            .AllowAnonymous()
            .RequireRateLimiting(ClientRateLimits.HelpRequest)
            .WithSummary("求助: a hardship in the resident's words, for the county of placeCode to route to an item or answer")
            .WithDescription("placeCode: the county, township or village the region picker gave. phone: where the answer is texted; required when not signed in as a resident, whose account's phone is used otherwise. Answers the county's last working day to route or answer it (catalog data, helpRequestTimeLimitWorkingDays). Send an Idempotency-Key header to make retries safe.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/mine", GetMyHelpRequests)
            .RequireAuthorization(Role.Resident)
            .WithSummary("The signed-in resident's help requests, newest first, with what the county did (those filed signed out with the same phone included)");
        group.MapGet("/", GetHelpRequests)
            .RequireAuthorization(ApiServices.HouseholdReaders)
            .WithSummary("The help requests of the caller's county (caseworkers) or region (supervisors): open ones by due date, or handled=true for the handled")
            .WithDescription("Open and overdue are counted over all open requests in scope.");
        group.MapPost("/{id:guid}/route", RouteHelpRequest)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("转办: a caseworker of the county names the item that fits and what the resident should do; the resident is texted")
            .WithDescription("404 outside the caller's county; 409 help-request-handled when it was routed or answered already, concurrency-conflict when expectedVersion is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/answer", AnswerHelpRequest)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("答复: a caseworker of the county answers in words; the resident is texted")
            .WithDescription("404 outside the caller's county; 409 help-request-handled when it was routed or answered already, concurrency-conflict when expectedVersion is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Created<HelpRequestReceiptDto>> FileHelpRequest(
        FileHelpRequestCommand command,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var receipt = await mediator.Send(command with { IdempotencyKey = idempotencyKey }, cancellationToken);
        return TypedResults.Created((string?)null, receipt);
    }

    public static async Task<Ok<IReadOnlyList<MyHelpRequestDto>>> GetMyHelpRequests(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyHelpRequestsQuery(), cancellationToken));

    public static async Task<Ok<HelpRequestListDto>> GetHelpRequests(IMediator mediator, CancellationToken cancellationToken, bool handled = false) =>
        TypedResults.Ok(await mediator.Send(new GetHelpRequestsQuery(handled), cancellationToken));

    public static async Task<Ok<HelpRequestDto>> RouteHelpRequest(Guid id, RouteRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RouteHelpRequestCommand(id, body.ItemCode, body.Reply, body.ExpectedVersion), cancellationToken));

    public static async Task<Ok<HelpRequestDto>> AnswerHelpRequest(Guid id, AnswerRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AnswerHelpRequestCommand(id, body.Reply, body.ExpectedVersion), cancellationToken));

    /// <param name="ItemCode">The catalog item that fits (its department follows).</param>
    /// <param name="Reply">What the resident reads: what to apply for and how.</param>
    /// <param name="ExpectedVersion">The request's version as the screen showed it.</param>
    public sealed record RouteRequest(string ItemCode, string Reply, Guid? ExpectedVersion);

    /// <param name="Reply">What the resident reads.</param>
    /// <param name="ExpectedVersion">The request's version as the screen showed it.</param>
    public sealed record AnswerRequest(string Reply, Guid? ExpectedVersion);
}
