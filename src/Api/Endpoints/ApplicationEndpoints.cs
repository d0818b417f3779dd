using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Applications.AcceptApplication;
using ReliefPlatform.Application.Applications.ApproveApplication;
using ReliefPlatform.Application.Applications.ApproveExtension;
using ReliefPlatform.Application.Applications.AssignApplication;
using ReliefPlatform.Application.Applications.BulkAcceptApplications;
using ReliefPlatform.Application.Applications.ClaimApplication;
using ReliefPlatform.Application.Applications.FileOnBehalf;
using ReliefPlatform.Application.Applications.GetApplicationDetails;
using ReliefPlatform.Application.Applications.GetMyApplications;
using ReliefPlatform.Application.Applications.MarkApplicationSeen;
using ReliefPlatform.Application.Applications.MergeApplication;
using ReliefPlatform.Application.Applications.NotAcceptApplication;
using ReliefPlatform.Application.Applications.PreviewSms;
using ReliefPlatform.Application.Applications.RateApplication;
using ReliefPlatform.Application.Applications.RecordSupplement;
using ReliefPlatform.Application.Applications.RecordUrgentHelp;
using ReliefPlatform.Application.Applications.RefuseExtension;
using ReliefPlatform.Application.Applications.RejectApplication;
using ReliefPlatform.Application.Applications.ReleaseApplication;
using ReliefPlatform.Application.Applications.RequestExtension;
using ReliefPlatform.Application.Applications.RequestInformation;
using ReliefPlatform.Application.Applications.RespondToRating;
using ReliefPlatform.Application.Applications.RevealApplicant;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Applications.SuperviseApplication;
using ReliefPlatform.Application.Applications.SupplementApplication;
using ReliefPlatform.Application.Applications.TransferApplication;
using ReliefPlatform.Application.Applications.WithdrawApplication;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/applications").WithTags("Applications");

        group.MapPost("/", SubmitApplication)
            .RequireAuthorization(Role.Resident)
            .WithSummary("Submit an application (resident)")
            .WithDescription("Send an Idempotency-Key header to make retries safe: the same key returns the first response and files nothing new. An open application by the same ID number for the same item answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/on-behalf", FileOnBehalf)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("他人代举 / 政府托举: a caseworker files for a resident of their county who has no phone")
            .WithDescription("channel: OnBehalf (他人代举, someone asked on the resident's behalf) or Official (政府托举, the official found the need). The body is a resident's submission; the phone may be a relative's or the village committee's. The channel and the official are recorded and shown on the application (filedBy). Idempotency-Key as for residents; the region must be in the caller's county.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/mine", GetMyApplications)
            .RequireAuthorization(Role.Resident)
            .WithSummary("The signed-in resident's applications, newest first");
        group.MapGet("/{id:guid}", GetApplication)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("An application with its history; 404 when it is not the caller's to see")
            .WithDescription("The applicant's ID number and phone are masked (5301**********123X, 138****8000) and the description shortened; POST …/reveal shows them in full.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/reveal", Reveal)
            .RequireAuthorization(ApiServices.ApplicationReaders)
            .WithSummary("Show the applicant's full ID number, phone and description, on purpose (audited)")
            .WithDescription("Writes an audit record naming the caller, the application and the optional reason before anything is shown; the same scope as reading the application (404 outside it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/seen", MarkSeen)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("The caseworker opened the case: clear the queue's mark of what the resident did (residentNews)")
            .WithDescription("Sent by the console when the detail opens (the detail's GET writes nothing). Answers 204 whether or not there was a mark; the version does not change; 404 outside the caller's queue.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/sms-preview", PreviewSms)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("The text message the resident would receive if the caller took an action now, with what is being typed (writes nothing)")
            .WithDescription("action: Approved, Rejected, NotAccepted or InfoRequested (the detail's allowedActions words); reason and benefit as the action would take them. Answers the message as the outbox would queue it, signature included, or text null when the action sends none. The same scope as the action (404 outside the caller's queue).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/supplement", Supplement)
            .RequireAuthorization(Role.Resident)
            .WithSummary("Answer an information request (resident); the clock resumes");
        group.MapPost("/{id:guid}/withdraw", Withdraw)
            .RequireAuthorization(Role.Resident)
            .WithSummary("Withdraw an application before a decision (resident)");

        group.MapPost("/{id:guid}/claim", Claim)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Claim (认领) an open application from the department's queue for the caller")
            .WithDescription("Assigns the application to the calling caseworker (their department and county only; 404 outside them). Claiming one's own claim again answers 200 and changes nothing; an application someone else holds answers 409 with code claimed-by-another, and the second of two claims at the same moment 409 concurrency-conflict. Recorded in the staff history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/assign", Assign)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Assign (分派) an open application to a caseworker of the department and county")
            .WithDescription("staffId: a colleague from GET /api/v1/colleagues (or oneself). Allowed while nobody holds the case or the caller holds it; held by someone else → 409 claimed-by-another; not a colleague → 400 on staffId. Recorded in the staff history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/release", Release)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Put an application one holds back in the department's shared queue")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/bulk-accept", BulkAccept)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("批量受理: accept up to 100 submitted applications of the queue, each on its own")
            .WithDescription("Answers 200 with one result per id: accepted with the new version, or refused with the code and message the single accept would have given (invalid-transition, not-found, concurrency-conflict). A refusal does not stop the rest.")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/rating", Rate)
            .RequireAuthorization(Role.Resident)
            .WithSummary("好差评: rate a decided application once, 1 (very dissatisfied) to 5 (very satisfied), with an optional comment (resident)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/follow-up", RespondToRating)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("差评回访: close a poor rating's follow-up with what the department did; the resident reads it (caseworker)")
            .WithDescription("A rating of 1 or 2 opens a follow-up due in 5 working days, chased by the chase-follow-ups job. 404 when the application has none in the caller's scope; 409 when it is closed already.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/accept", Accept)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Accept (受理): the item's time limit starts");
        group.MapPost("/{id:guid}/not-accept", NotAccept)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Do not accept (不予受理), with a reason the resident reads");
        group.MapPost("/{id:guid}/merge", Merge)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("并案: merge a possible duplicate (possibleDuplicateOf) into the open case of the same person and item; the filing account is told in plain words")
            .WithDescription("409 merge-target-closed when the linked case is closed, merge-target-unavailable when it is outside the caller's queue; refuse the filing with not-accept or reject instead.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/request-info", RequestInfo)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Ask the resident for more information (补正); the clock pauses")
            .WithDescription("reason: what the resident reads; missingDocuments: keys of the item's documents (GET /api/v1/catalog), which the resident answers one by one (the detail's informationRequest).")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/record-supplement", RecordSupplement)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Record that what an information request asked for arrived on paper or in person; the clock resumes")
            .WithDescription("For residents who bring the papers to the office or the village, and for applications filed on a resident's behalf, which no resident account can answer. text: what arrived and how (the applicant reads it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/urgent-help", RecordUrgentHelp)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("先行救助: record the help given first on an urgent temporary-aid case; the paperwork clock starts")
            .WithDescription("kind: Cash, Goods or CashAndGoods; amount: the cash in yuan (with Cash and CashAndGoods only); goods: what was given, in words (with Goods and CashAndGoods only); reason: why help came first. The help is due 48 clock hours after filing and the paperwork (the decision) 5 working days after the day of the help (the item's catalog data; ADR 0039). 409 no-urgent-track for an item without one, urgent-help-recorded when help is already recorded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/approve", Approve)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Approve, with the reason and the benefit granted");
        group.MapPost("/{id:guid}/reject", Reject)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Reject, with a reason the resident reads");
        group.MapPost("/{id:guid}/transfer", Transfer)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Transfer (转办) to the department responsible");

        group.MapPost("/{id:guid}/extension", RequestExtension)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Ask a supervisor for more working days (延期), within the item's cap");
        group.MapPost("/{id:guid}/extension/approve", ApproveExtension)
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("Approve the pending extension (supervisors of the region); the due date moves and the resident is told");
        group.MapPost("/{id:guid}/extension/refuse", RefuseExtension)
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("Refuse the pending extension, with a reason");
        group.MapPost("/{id:guid}/supervise", Supervise)
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("督办: instruct the department to act on an open application by a working day (supervisors of the region)")
            .WithDescription("The department's caseworkers in the county are notified; the note is listed on the staff detail and closes when the application is decided or withdrawn. Residents do not see it. Send an Idempotency-Key header to make retries safe.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<Created<SubmittedApplicationDto>> SubmitApplication(
        SubmitApplicationCommand command,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command with { IdempotencyKey = idempotencyKey }, cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{result.Id}", result);
    }

    public static async Task<Created<SubmittedApplicationDto>> FileOnBehalf(
        FileOnBehalfCommand command,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command with { IdempotencyKey = idempotencyKey }, cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{result.Id}", result);
    }

    public static async Task<Ok<IReadOnlyList<MyApplicationDto>>> GetMyApplications(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyApplicationsQuery(), cancellationToken));

    public static async Task<Ok<RevealedApplicantDto>> Reveal(Guid id, RevealRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RevealApplicantCommand(id, body?.Reason), cancellationToken));

    public static async Task<Ok<ApplicationDetailsDto>> GetApplication(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApplicationDetailsQuery(id), cancellationToken));

    public static async Task<NoContent> MarkSeen(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkApplicationSeenCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SmsPreviewDto>> PreviewSms(Guid id, SmsPreviewRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PreviewSmsQuery(id, body.Action, body.Reason, body.Benefit), cancellationToken));

    public static Task<Ok<ApplicationActionResult>> Supplement(Guid id, SupplementRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new SupplementApplicationCommand(id, body.Text) { ExpectedVersion = body.ExpectedVersion, AttachmentIds = body.AttachmentIds }, cancellationToken);

    public static async Task<Created<RatingDto>> Rate(Guid id, RatingRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/applications/{id}", await mediator.Send(new RateApplicationCommand(id, body.Score, body.Comment), cancellationToken));

    public static Task<Ok<ApplicationActionResult>> Withdraw(Guid id, [FromBody] WithdrawRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new WithdrawApplicationCommand(id, body?.Reason) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Claim(Guid id, [FromBody] VersionRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new ClaimApplicationCommand(id) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Accept(Guid id, [FromBody] VersionRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new AcceptApplicationCommand(id) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Merge(Guid id, [FromBody] VersionRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new MergeApplicationCommand(id) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> NotAccept(Guid id, ReasonRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new NotAcceptApplicationCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> RequestInfo(Guid id, InformationRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RequestInformationCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion, MissingDocuments = body.MissingDocuments }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> RecordSupplement(Guid id, RecordSupplementRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RecordSupplementCommand(id, body.Text) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Assign(Guid id, AssignRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new AssignApplicationCommand(id, body.StaffId) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Release(Guid id, [FromBody] VersionRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new ReleaseApplicationCommand(id) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static async Task<Ok<BulkAcceptResult>> BulkAccept(BulkAcceptApplicationsCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static Task<Ok<ApplicationActionResult>> RecordUrgentHelp(Guid id, RecordUrgentHelpRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RecordUrgentHelpCommand(id, body.Kind, body.Amount, body.Goods, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Approve(Guid id, ApproveRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new ApproveApplicationCommand(id, body.Reason, body.Benefit) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Reject(Guid id, ReasonRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RejectApplicationCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Transfer(Guid id, TransferRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new TransferApplicationCommand(id, body.DepartmentCode, body.Reason, body.ItemCode) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> RequestExtension(Guid id, ExtensionRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RequestExtensionCommand(id, body.WorkingDays, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> ApproveExtension(Guid id, [FromBody] NoteRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new ApproveExtensionCommand(id, body?.Note) { ExpectedVersion = body?.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> RefuseExtension(Guid id, ReasonRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new RefuseExtensionCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken);

    public static Task<Ok<ApplicationActionResult>> Supervise(
        Guid id, SuperviseRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken cancellationToken) =>
        SendAsync(mediator, new SuperviseApplicationCommand(id, body.Note, body.Deadline) { ExpectedVersion = body.ExpectedVersion, IdempotencyKey = idempotencyKey }, cancellationToken);

    private static async Task<Ok<ApplicationActionResult>> SendAsync(IMediator mediator, IApplicationActionCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Optional on every action: the <c>version</c> the caller last saw, so a stale screen gets 409 instead of acting.</summary>
    public static async Task<Ok<FollowUpDto>> RespondToRating(Guid id, FollowUpRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RespondToRatingCommand(id, body.Response), cancellationToken));

    public sealed record FollowUpRequest(string Response);

    public sealed record SmsPreviewRequest(string Action, string? Reason, string? Benefit);

    public sealed record VersionRequest(Guid? ExpectedVersion);

    public sealed record ReasonRequest(string Reason, Guid? ExpectedVersion);

    public sealed record InformationRequest(string Reason, IReadOnlyList<string>? MissingDocuments, Guid? ExpectedVersion);

    public sealed record AssignRequest(Guid StaffId, Guid? ExpectedVersion);

    public sealed record RecordSupplementRequest(string Text, Guid? ExpectedVersion);

    public sealed record RecordUrgentHelpRequest(string Kind, decimal? Amount, string? Goods, string Reason, Guid? ExpectedVersion);

    public sealed record ApproveRequest(string Reason, string? Benefit, Guid? ExpectedVersion);

    public sealed record TransferRequest(DepartmentCode DepartmentCode, string Reason, ItemCode? ItemCode, Guid? ExpectedVersion);

    public sealed record SupplementRequest(string Text, Guid? ExpectedVersion, IReadOnlyList<Guid>? AttachmentIds);

    public sealed record RatingRequest(int Score, string? Comment);

    /// <summary>Why the caller needs to see the personal data; kept in the audit record.</summary>
    public sealed record RevealRequest(string? Reason);

    public sealed record WithdrawRequest(string? Reason, Guid? ExpectedVersion);

    public sealed record ExtensionRequest(int WorkingDays, string Reason, Guid? ExpectedVersion);

    public sealed record NoteRequest(string? Note, Guid? ExpectedVersion);

    public sealed record SuperviseRequest(string Note, DateOnly? Deadline, Guid? ExpectedVersion);
}
