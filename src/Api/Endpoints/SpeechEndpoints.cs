using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Speech;
using ReliefPlatform.Application.Speech.GetItemSpeech;
using ReliefPlatform.Application.Speech.GetStatusSpeech;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>语音朗读's recordings of fixed texts, for phones without a Chinese voice (ADR 0041). Public: the texts are.</summary>
internal static class SpeechEndpoints
{
    public static void MapSpeechEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/speech").WithTags("Speech").AllowAnonymous();
        group.MapGet("/items/{code}", GetItemSpeech)
            .WithSummary("A service item read aloud in Mandarin: its name, description and who can apply (WAV)")
            .WithDescription("Made by the service's offline text-to-speech engine on first request and kept; 503 when the service has none.")
            .Produces(StatusCodes.Status200OK, contentType: SpeechTexts.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/items/{code}/fields/{key}", GetFieldSpeech)
            .WithSummary("One of an item's questions read aloud in Mandarin: its label, hint and choices (WAV)")
            .Produces(StatusCodes.Status200OK, contentType: SpeechTexts.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/statuses/{status}", GetStatusSpeech)
            .WithSummary("An application status read aloud in Mandarin, with what it means for the resident (WAV)")
            .Produces(StatusCodes.Status200OK, contentType: SpeechTexts.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public static Task<FileContentHttpResult> GetItemSpeech(string code, IMediator mediator, CancellationToken cancellationToken) =>
        Send(mediator, new GetItemSpeechQuery(ItemOf(code)), cancellationToken);

    public static Task<FileContentHttpResult> GetFieldSpeech(string code, string key, IMediator mediator, CancellationToken cancellationToken) =>
        Send(mediator, new GetItemSpeechQuery(ItemOf(code), key), cancellationToken);

    public static Task<FileContentHttpResult> GetStatusSpeech(string status, IMediator mediator, CancellationToken cancellationToken) =>
        Enum.TryParse<ApplicationStatus>(status, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(status[0])
            ? Send(mediator, new GetStatusSpeechQuery(parsed), cancellationToken)
            : throw new NotFoundException();

    // Nothing to read under a code that cannot exist: the same 404 as an unknown item.
    private static ItemCode ItemOf(string code) => Codes.TryParse<ItemCode>(code, out var item) ? item : throw new NotFoundException();

    private static async Task<FileContentHttpResult> Send(IMediator mediator, IRequest<SpeechDto> query, CancellationToken cancellationToken)
    {
        var speech = await mediator.Send(query, cancellationToken);
        return TypedResults.File(speech.Audio, speech.ContentType);
    }
}
