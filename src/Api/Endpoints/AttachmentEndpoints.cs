using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Attachments.OpenAttachment;
using ReliefPlatform.Application.Attachments.UploadAttachment;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class AttachmentEndpoints
{
    /// <summary>The body limit of the upload route only: the file (≤ 5 MB) and the form around it. Every other route keeps 1 MB.</summary>
    public const long UploadBodyLimit = Attachment.MaxBytes + (64 * 1024);

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/attachments").WithTags("Attachments");
        group.MapPost("/", Upload)
            .RequireAuthorization(Role.Resident)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(UploadBodyLimit))
            .Accepts<UploadForm>("multipart/form-data")
            .WithSummary("Upload a photo or PDF of a document (resident): multipart form with file, itemCode and documentKey")
            .WithDescription("JPEG, PNG, WebP or PDF, judged by the file's first bytes; at most 5 MB (the page compresses photos to 500 KB). Kept encrypted under its SHA-256. Pass the returned id in attachmentIds when submitting the application or answering an information request.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", Open)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("The file: its owner, or staff who can see its application (their reading is audited); 404 otherwise")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Created<AttachmentDto>> Upload([FromForm] UploadForm form, IMediator mediator, CancellationToken cancellationToken)
    {
        var file = form.File;
        byte[] content = [];
        if (file is not null && file.Length is > 0 and <= Attachment.MaxBytes)
        {
            content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }
        else if (file is not null && file.Length > Attachment.MaxBytes)
        {
            // One byte past the limit is enough for the validator to say "too large" without buffering it all.
            content = new byte[Attachment.MaxBytes + 1];
        }

        // A missing item code goes on as null for the validator to answer, as it does from a JSON body.
        var result = await mediator.Send(
            new UploadAttachmentCommand(Codes.FromRequest<ItemCode>(form.ItemCode)!, form.DocumentKey, file?.FileName ?? "", content), cancellationToken);
        return TypedResults.Created($"/api/v1/attachments/{result.Id}", result);
    }

    public static async Task<FileContentHttpResult> Open(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new OpenAttachmentCommand(id), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    /// <summary>The upload form: the file, the item it is for and which of the item's documents it shows.</summary>
    public sealed class UploadForm
    {
        public IFormFile? File { get; init; }

        public string? ItemCode { get; init; }

        public string? DocumentKey { get; init; }
    }
}
