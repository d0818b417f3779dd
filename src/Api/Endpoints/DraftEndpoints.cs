using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Drafts;
using ReliefPlatform.Application.Drafts.DeleteDraft;
using ReliefPlatform.Application.Drafts.GetDraft;
using ReliefPlatform.Application.Drafts.GetMyDrafts;
using ReliefPlatform.Application.Drafts.SaveDraft;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class DraftEndpoints
{
    public static void MapDraftEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/drafts").WithTags("Drafts").RequireAuthorization(Role.Resident);
        group.MapGet("/", GetMyDrafts)
            .WithSummary("The items the signed-in resident has a draft for, most recent first");
        group.MapGet("/{itemCode}", GetDraft)
            .WithSummary("The signed-in resident's draft for an item; 404 when there is none")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{itemCode}", SaveDraft)
            .WithSummary("Save the draft for an item (the page's JSON object, at most 50,000 characters; encrypted at rest)")
            .WithDescription("The page saves on every screen. Submitting an application for the item deletes its draft.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{itemCode}", DeleteDraft)
            .WithSummary("Throw away the draft for an item")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<IReadOnlyList<DraftSummaryDto>>> GetMyDrafts(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyDraftsQuery(), cancellationToken));

    public static async Task<Ok<DraftDto>> GetDraft(string itemCode, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetDraftQuery(ItemCode.Parse(itemCode)), cancellationToken));

    public static async Task<Ok<DraftDto>> SaveDraft(string itemCode, SaveDraftRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveDraftCommand(ItemCode.Parse(itemCode), body.Data), cancellationToken));

    public static async Task<NoContent> DeleteDraft(string itemCode, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteDraftCommand(ItemCode.Parse(itemCode)), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary><c>data</c>: whatever the page keeps (answers, the screen reached), as a JSON object.</summary>
    public sealed record SaveDraftRequest(JsonElement Data);
}
