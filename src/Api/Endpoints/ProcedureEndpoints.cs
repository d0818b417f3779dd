using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Applications.Procedure;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Attachments.UploadHomeVisitPhoto;
using ReliefPlatform.Application.PublicNotices;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>The staged procedure (ADR 0040): stage work for township and county offices, and the public notices.</summary>
internal static class ProcedureEndpoints
{
    public static void MapProcedureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/applications").WithTags("Procedure");
        group.MapGet("/{id:guid}/procedure", GetProcedure)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("The application's way through its item's procedure: stages done, in progress and to come, with dates")
            .WithDescription("Residents get the stages in plain words (residentText) with each stage's expected date; staff also get the home visits and the objections to the public notices. 404 outside the caller's scope.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/stage/complete", CompleteStage)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("推进: the office holding the stage has done it; the case passes to the next stage")
            .WithDescription("A township's officials for township stages, the county department for its own. Investigation needs this stage's home visit; a review needs recommendApproval (true with proposedBenefit, or false: a notice that only follows approvals is then skipped); a public notice needs its days over and no objection open (409 otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/stage/send-back", SendBack)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("退回: send the case back to investigation, with the reason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/home-visits", RecordHomeVisit)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("入户调查: record a home visit (at least the stage's number of officials, named); the means check is asked for when the stage requires it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/home-visits/photos", UploadHomeVisitPhoto)
            .RequireAuthorization(Role.Caseworker)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentEndpoints.UploadBodyLimit))
            .Accepts<PhotoForm>("multipart/form-data")
            .WithSummary("A photo taken on the home visit (form field file), sent as soon as it is taken; name its id in the visit's photoIds")
            .WithDescription("The office that may record the visit, while the case is investigated (409 otherwise). JPEG, PNG or WebP, at most 5 MB; cleaned of its metadata and kept encrypted like the residents' photos. Staff of the case open it at /api/v1/attachments/{id}; the resident does not see it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/{id:guid}/objections/{objectionId:guid}/resolve", ResolveObjection)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("The township's finding on an objection to the public notice: upheld sends the case back to investigation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var notices = app.MapGroup("/api/v1/public/notices").WithTags("Public").AllowAnonymous();
        notices.MapGet("/", GetNotices)
            .WithSummary("公示: the notices on show in a village or community (12 digits) or township (9), with only the masked name, household size, item, proposed help and dates")
            .WithDescription("Not indexed (X-Robots-Tag: noindex). An entry disappears when its notice ends or its case leaves the notice stage.")
            .ProducesValidationProblem();
        notices.MapPost("/{noticeId:guid}/objections", RaiseObjection)
            .WithSummary("Object to a notice on show, with a contact or anonymously; the township must look into it by dueDate")
            .WithDescription("404 when the notice is not (or no longer) on show.")
            .RequireRateLimiting(ClientRateLimits.NoticeObjection)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        // The same notices as a page for people (a notice board's QR code), outside the API's contract.
        var board = app.MapGroup(NoticeBoardPage.Prefix).ExcludeFromDescription().AllowAnonymous();
        board.MapGet("/{place}", NoticeBoardPage.Show);
        board.MapPost("/{place}/{noticeId:guid}", NoticeBoardPage.Object).RequireRateLimiting(ClientRateLimits.NoticeObjection).DisableAntiforgery();
    }

    public static async Task<Ok<ProcedureDto>> GetProcedure(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProcedureQuery(id), cancellationToken));

    public static async Task<Ok<ApplicationActionResult>> CompleteStage(Guid id, CompleteStageRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CompleteStageCommand(id, body.Note, body.RecommendApproval, body.ProposedBenefit) { ExpectedVersion = body.ExpectedVersion }, cancellationToken));

    public static async Task<Ok<ApplicationActionResult>> SendBack(Guid id, ApplicationEndpoints.ReasonRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SendBackCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken));

    public static async Task<Ok<ApplicationActionResult>> RecordHomeVisit(Guid id, HomeVisitRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new RecordHomeVisitCommand(id, body.VisitedOn, body.Visitors, body.HouseholdSize, body.MembersUnableToWork, body.MonthlyIncomeYuan, body.Housing, body.Findings, body.PhotoIds)
            {
                ExpectedVersion = body.ExpectedVersion,
            },
            cancellationToken));

    public static async Task<Created<AttachmentDto>> UploadHomeVisitPhoto(Guid id, [FromForm] PhotoForm form, IMediator mediator, CancellationToken cancellationToken)
    {
        var content = await DocumentEndpoints.ReadAsync(form.File, Attachment.MaxBytes, cancellationToken) ?? [];
        var photo = await mediator.Send(new UploadHomeVisitPhotoCommand(id, form.File?.FileName ?? "", content), cancellationToken);
        return TypedResults.Created($"/api/v1/attachments/{photo.Id}", photo);
    }

    public static async Task<Ok<ApplicationActionResult>> ResolveObjection(Guid id, Guid objectionId, ResolveObjectionRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ResolveObjectionCommand(id, objectionId, body.Upheld, body.Resolution) { ExpectedVersion = body.ExpectedVersion }, cancellationToken));

    public static async Task<Ok<PublicNoticesDto>> GetNotices(string place, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return TypedResults.Ok(await mediator.Send(new GetPublicNoticesQuery(place), cancellationToken));
    }

    public static async Task<Created<ObjectionReceiptDto>> RaiseObjection(Guid noticeId, ObjectionRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        var receipt = await mediator.Send(new RaiseObjectionCommand(noticeId, body.Text, body.Contact), cancellationToken);
        return TypedResults.Created((string?)null, receipt);
    }

    public sealed record CompleteStageRequest(string? Note, bool? RecommendApproval, string? ProposedBenefit, Guid? ExpectedVersion);

    public sealed record HomeVisitRequest(
        DateOnly VisitedOn, IReadOnlyList<string> Visitors, int HouseholdSize, int MembersUnableToWork, decimal MonthlyIncomeYuan,
        string Housing, string Findings, Guid? ExpectedVersion, IReadOnlyList<Guid>? PhotoIds = null);

    /// <summary>A home-visit photo: the file only.</summary>
    public sealed class PhotoForm
    {
        public IFormFile? File { get; init; }
    }

    public sealed record ResolveObjectionRequest(bool Upheld, string Resolution, Guid? ExpectedVersion);

    /// <param name="Text">What is wrong with the proposal, in the objector's words.</param>
    /// <param name="Contact">How the township may reach whoever objected; leave it out to object anonymously.</param>
    public sealed record ObjectionRequest(string Text, string? Contact);
}
