using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Calendar.GetCalendarStatus;
using ReliefPlatform.Application.Calendar.GetCalendarYear;
using ReliefPlatform.Application.Calendar.ReplaceCalendarYear;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/calendar").WithTags("Calendar");
        group.MapGet("/status", GetCalendarStatus)
            .RequireAuthorization(ApiServices.Staff)
            .WithSummary("China's date and the years whose holidays should be entered now (this year when missing, next year from 1 November)");
        group.MapGet("/{year:int}", GetCalendarYear)
            .RequireAuthorization(ApiServices.Staff)
            .WithSummary("A year's holidays and make-up working days (the State Council's notice)");
        group.MapPut("/{year:int}", ReplaceCalendarYear)
            .RequireAuthorization(Role.Administrator)
            .WithSummary("Replace a year's holidays and make-up working days (administrators)")
            .WithDescription("Open applications keep the working days they had left, counted from today; their due dates move accordingly, each move recorded in the application's history.")
            .ProducesValidationProblem();
    }

    public static async Task<Ok<CalendarStatusDto>> GetCalendarStatus(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCalendarStatusQuery(), cancellationToken));

    public static async Task<Ok<CalendarYearDto>> GetCalendarYear(int year, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCalendarYearQuery(year), cancellationToken));

    public static async Task<Results<Ok<ReplaceCalendarYearResult>, ValidationProblem>> ReplaceCalendarYear(
        int year, CalendarYearBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        if (body.Year is { } bodyYear && bodyYear != year)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [$"The body's year {bodyYear} differs from the route's {year}."] });
        }

        return TypedResults.Ok(await mediator.Send(new ReplaceCalendarYearCommand(year, body.Holidays ?? [], body.Workdays ?? []), cancellationToken));
    }

    public sealed record CalendarYearBody(int? Year, IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? Workdays);
}
