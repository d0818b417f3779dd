using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Applications.Appeals;
using ReliefPlatform.Application.Reports.GetAppealReport;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>复核 (ADR 0042): the resident's request for review, the office's decision on it, and the supervisors' figures.</summary>
internal static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/v1/applications").WithTags("Applications");
        applications.MapPost("/{id:guid}/appeal", Appeal)
            .RequireAuthorization(Role.Resident)
            .WithSummary("申请复核: ask the office to review its refusal or non-acceptance, with reasons and photos (resident)")
            .WithDescription("Within the catalog's period from the decision (appealBy in the detail; 30 calendar days, a last day off work moves to the next working day), once per decision. reason: the resident's words (10 to 1000 characters); attachmentIds: uploads from POST /api/v1/attachments. The case becomes UnderAppeal, due within the catalog's working days, at the office that decided. 409 appeal-period-over after the period, appeal-once for a decision reviewed already, invalid-transition on a case that is not refused or not accepted.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/{id:guid}/appeal/withdraw", Withdraw)
            .RequireAuthorization(Role.Resident)
            .WithSummary("撤回复核申请: withdraw the request for review before it is decided (resident)")
            .WithDescription("reason is optional. The decision stands as it was, and the same decision cannot be appealed again (as a withdrawn 行政复议). The office's caseworkers are notified (the case, decided again, leaves their queue). 409 invalid-transition when no review is under way (decided already, or never asked).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/{id:guid}/appeal/decide", Decide)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("复核决定: uphold or overturn the decision under review, with reasons (an officer of the office other than the one who decided)")
            .WithDescription("outcome: Upheld (维持原决定: the case is closed as it was) or Overturned (撤销原决定: open again for a new decision, the item's time limit counted afresh). Issues the 复核决定书. 409 appeal-recused for the officer who took the decision under review.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Role.Supervisor)
            .MapGet("/appeals", GetAppealReport)
            .WithSummary("复核 of the supervisor's region filed between two dates, per department or item: under review, overdue, upheld, overturned, withdrawn, decided on time")
            .ProducesValidationProblem();
    }

    public static async Task<Ok<ApplicationActionResult>> Appeal(Guid id, AppealRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AppealApplicationCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion, AttachmentIds = body.AttachmentIds }, cancellationToken));

    public static async Task<Ok<ApplicationActionResult>> Withdraw(Guid id, AppealWithdrawalRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new WithdrawAppealCommand(id, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken));

    public static async Task<Ok<ApplicationActionResult>> Decide(Guid id, AppealDecisionRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DecideAppealCommand(id, body.Outcome, body.Reason) { ExpectedVersion = body.ExpectedVersion }, cancellationToken));

    public static async Task<Ok<AppealReportDto>> GetAppealReport(DateOnly from, DateOnly to, string? groupBy, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAppealReportQuery(from, to, groupBy ?? "department"), cancellationToken));

    public sealed record AppealRequest(string Reason, Guid? ExpectedVersion, IReadOnlyList<Guid>? AttachmentIds);

    public sealed record AppealWithdrawalRequest(string? Reason, Guid? ExpectedVersion);

    public sealed record AppealDecisionRequest(string Outcome, string Reason, Guid? ExpectedVersion);
}
