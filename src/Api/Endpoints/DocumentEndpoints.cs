using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Documents;
using ReliefPlatform.Application.Documents.DownloadDocument;
using ReliefPlatform.Application.Documents.GetApplicationDocuments;
using ReliefPlatform.Application.Documents.VerifyDocument;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>The written decisions (决定书 / 通知书): downloaded by their resident and staff, verified by anyone (ADR 0037).</summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/applications/{id:guid}/documents").WithTags("Documents");
        group.MapGet("/", List)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("The written decisions of an application (受理通知书, 补正告知书, 决定书), oldest first; 404 when the application is not the caller's to see")
            .WithDescription("Each with its SHA-256, the download address and the public verification page (/v/{code}) its QR code names.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{documentId:guid}.pdf", Download)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("The PDF of one written decision, exactly as issued: the application's resident, and staff who can see it (their download is audited)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var verify = app.MapGroup("/api/v1/public/documents").WithTags("Public");
        verify.MapPost("/verify", Verify)
            .AllowAnonymous()
            .DisableAntiforgery()
            .Accepts<VerifyForm>("multipart/form-data")
            .WithSummary("Check a written decision: the PDF file (form field file) and, optionally, the verification code printed on it (code)")
            .WithDescription("genuine is true only when the file's SHA-256 is that of a document the platform issued (the code's, when given) and the platform's signature over that hash verifies; a file changed by one byte is not genuine. Answers masked key facts only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        verify.MapGet("/key", PublicKey)
            .AllowAnonymous()
            .WithSummary("The public half of the document key (PEM), to check a document's signature offline")
            .Produces<string>(StatusCodes.Status200OK, "application/x-pem-file");

        var page = app.MapGroup(DocumentRoutes.VerificationPrefix.TrimEnd('/')).ExcludeFromDescription();
        page.MapGet("/{code}", VerificationPage.Show).AllowAnonymous();
        page.MapPost("/{code}", VerificationPage.Check).AllowAnonymous().DisableAntiforgery();
    }

    public static async Task<Ok<IReadOnlyList<DecisionDocumentDto>>> List(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApplicationDocumentsQuery(id), cancellationToken));

    public static async Task<FileContentHttpResult> Download(Guid id, Guid documentId, IMediator mediator, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new DownloadDocumentCommand(id, documentId), cancellationToken);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    public static async Task<Ok<DocumentVerificationDto>> Verify([FromForm] VerifyForm form, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyDocumentQuery(string.IsNullOrWhiteSpace(form.Code) ? null : form.Code.Trim(), await ReadAsync(form.File, cancellationToken)), cancellationToken));

    public static ContentHttpResult PublicKey(IDocumentSigner signer) => TypedResults.Text(signer.PublicKeyPem, "application/x-pem-file");

    /// <summary>The uploaded file's bytes, or null without one; one byte past the validator's limit is enough for it to refuse.</summary>
    internal static Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken) => ReadAsync(file, VerifyDocumentQuery.MaxBytes, cancellationToken);

    /// <summary>The uploaded file's bytes up to one past <paramref name="maxBytes"/>, or null without one.</summary>
    internal static async Task<byte[]?> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        var content = new byte[Math.Min(file.Length, maxBytes + 1L)];
        await using var stream = file.OpenReadStream();
        await stream.ReadAtLeastAsync(content, content.Length, throwOnEndOfStream: false, cancellationToken);
        return content;
    }

    /// <summary>The verification form: the PDF and, optionally, the code printed on it.</summary>
    public sealed class VerifyForm
    {
        public IFormFile? File { get; init; }

        public string? Code { get; init; }
    }
}
