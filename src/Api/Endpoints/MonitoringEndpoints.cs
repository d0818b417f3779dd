using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Applications.FileForHousehold;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Monitoring;
using ReliefPlatform.Application.Monitoring.DecideLead;
using ReliefPlatform.Application.Monitoring.GetHousehold;
using ReliefPlatform.Application.Monitoring.GetHouseholds;
using ReliefPlatform.Application.Monitoring.GetLeads;
using ReliefPlatform.Application.Monitoring.GetMonitoringSummary;
using ReliefPlatform.Application.Monitoring.GetThresholds;
using ReliefPlatform.Application.Monitoring.RaiseLead;
using ReliefPlatform.Application.Monitoring.RegisterHousehold;
using ReliefPlatform.Application.Monitoring.SetThresholds;
using ReliefPlatform.Application.Monitoring.UpdateHousehold;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>政府找: the household register, its five-colour warnings, and the figures the rules use (issue 9).</summary>
internal static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var households = app.MapGroup("/api/v1/households").WithTags("Monitoring");
        households.MapGet("/", GetHouseholds)
            .RequireAuthorization(ApiServices.HouseholdReaders)
            .WithSummary("The monitoring register of the caller's county (caseworkers) or region (supervisors), most severe warning first")
            .WithDescription("Filters: level (Red, Blue, Purple, Yellow, Green), group (UnstableOutOfPoverty, MarginalProneToPoverty, SuddenSevereHardship), region (a code below the caller's). Paged.")
            .ProducesValidationProblem();
        households.MapPost("/", RegisterHousehold)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Register a household of the caller's county; it is evaluated at once")
            .WithDescription("hardships: SeriousIllness, Disability, Disaster, SchoolingCosts, LossOfWork, Epidemic. Members' ID numbers are checked (GB 11643), stored encrypted and shown masked.")
            .ProducesValidationProblem();
        households.MapGet("/{id:guid}", GetHousehold)
            .RequireAuthorization(ApiServices.HouseholdReaders)
            .WithSummary("One household: members (ID numbers masked), the warning level and groups with today's explanation, and every change of level with its rule");
        households.MapPut("/{id:guid}", UpdateHousehold)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Record what changed in a household; it is evaluated again, and a change of level is kept with its rule")
            .WithDescription("Send expectedVersion (the household's version as read): if someone updated it meanwhile, 409 concurrency-conflict.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        households.MapPost("/{id:guid}/applications", FileForHousehold)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("政府托举: file an application for a member of a registered household (member 0 is the head), pre-filled from the register")
            .WithDescription("Household size and income per person are filled in where the item asks for them; the body's answers win. The application is recorded as filed by the official (channel Official). Send an Idempotency-Key header to make retries safe; an open application of the item for the member answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var leads = app.MapGroup("/api/v1/leads").WithTags("Monitoring");
        leads.MapGet("/", GetLeads)
            .RequireAuthorization(ApiServices.HouseholdReaders)
            .WithSummary("Leads (线索) of the caller's county or region, the soonest due first; open=true for undecided ones, overdue=true for those past their 15 days");
        leads.MapPost("/", RaiseLead)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Raise a lead in the caller's county, optionally about a registered household; it must be decided within 15 days")
            .ProducesValidationProblem();
        leads.MapPost("/{id:guid}/decide", DecideLead)
            .RequireAuthorization(Role.Caseworker)
            .WithSummary("Decide a lead: Included (taken into monitoring, after a village notice of at least 5 days: noticeFrom) or NotIncluded, with the reason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/v1/reports/monitoring", GetMonitoringSummary)
            .WithTags("Reports")
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("Monitoring in the supervisor's region: households by warning level and group per region one level down, those that worsened this month, and leads past their 15 days");

        var thresholds = app.MapGroup("/api/v1/admin/monitoring/thresholds").WithTags("Monitoring");
        thresholds.MapGet("/", GetThresholds)
            .RequireAuthorization(ApiServices.Staff)
            .WithSummary("The monitoring figures by year and region: poverty line, warning factor and line, monitoring line, large-spending line");
        thresholds.MapPut("/{year:int}/{regionCode}", SetThresholds)
            .RequireAuthorization(Role.Administrator)
            .WithSummary("Set a year's monitoring figures for the province, a prefecture or a county (administrators)")
            .WithDescription("The most specific region covering a household applies. The households affected are evaluated again by the evaluate-households job, started at once.")
            .ProducesValidationProblem();
    }

    public static async Task<Ok<HouseholdPageDto>> GetHouseholds(
        string? level, string? group, [FromQuery(Name = "region")] string? regionCode, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetHouseholdsQuery(level, group, Codes.ParseOptional<RegionCode>(regionCode), page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Created<HouseholdDto>> RegisterHousehold(RegisterHouseholdCommand command, IMediator mediator, CancellationToken cancellationToken)
    {
        var household = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/households/{household.Id}", household);
    }

    public static async Task<Ok<HouseholdDto>> GetHousehold(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetHouseholdQuery(id), cancellationToken));

    public static async Task<Ok<HouseholdDto>> UpdateHousehold(Guid id, HouseholdBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateHouseholdCommand(id, body.HeadName, body.Members, body.PerCapitaIncome, body.UnavoidableSpending, body.Hardships, body.FormerlyPoor, body.ExpectedVersion),
            cancellationToken));

    public static async Task<Ok<IReadOnlyList<ThresholdsDto>>> GetThresholds(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetThresholdsQuery(), cancellationToken));

    public static async Task<Ok<ThresholdsDto>> SetThresholds(int year, string regionCode, ThresholdsBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new SetThresholdsCommand(year, RegionCode.Parse(regionCode), body.PovertyLine, body.WarningFactor, body.MonitoringLine, body.LargeSpendingLine), cancellationToken));

    public static async Task<Created<SubmittedApplicationDto>> FileForHousehold(
        Guid id, FileBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new FileForHouseholdCommand(id, body.ItemCode, body.Member ?? 0, body.Phone, body.Answers, body.Description) { IdempotencyKey = idempotencyKey }, cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{result.Id}", result);
    }

    public sealed record FileBody(ItemCode ItemCode, int? Member, string Phone, System.Text.Json.JsonElement? Answers, string Description);

    public static async Task<Ok<LeadPageDto>> GetLeads(bool? open, bool? overdue, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLeadsQuery(open ?? false, overdue ?? false, page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Created<LeadDto>> RaiseLead(RaiseLeadCommand command, IMediator mediator, CancellationToken cancellationToken)
    {
        var lead = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/leads/{lead.Id}", lead);
    }

    public static async Task<Ok<LeadDto>> DecideLead(Guid id, DecisionBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DecideLeadCommand(id, body.Decision, body.Reason, body.NoticeFrom, body.ExpectedVersion), cancellationToken));

    public static async Task<Ok<MonitoringSummaryDto>> GetMonitoringSummary(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMonitoringSummaryQuery(), cancellationToken));

    public sealed record DecisionBody(string Decision, string Reason, DateOnly? NoticeFrom, Guid? ExpectedVersion);

    public sealed record HouseholdBody(
        string HeadName, IReadOnlyList<HouseholdMemberInput> Members, decimal PerCapitaIncome, decimal UnavoidableSpending, IReadOnlyList<string>? Hardships, bool FormerlyPoor, Guid? ExpectedVersion);

    public sealed record ThresholdsBody(decimal PovertyLine, decimal WarningFactor, decimal MonitoringLine, decimal LargeSpendingLine);
}
