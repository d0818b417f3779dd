using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Notifications.GetNotifications;
using ReliefPlatform.Application.Notifications.GetNotifiedApplications;
using ReliefPlatform.Application.Notifications.MarkNotificationRead;

namespace ReliefPlatform.Api.Endpoints;

internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(ApiServices.Staff);
        group.MapGet("/", GetNotifications)
            .WithSummary("The signed-in staff member's notifications (reminders, supervision, escalation, residents' supplements, withdrawals and poor ratings), newest first, with read flags");
        group.MapGet("/{id:long}/applications", GetNotifiedApplications)
            .WithSummary("The applications a notification is about, each to open: the cases a deadline digest counted (most urgent first, at most 200), or the one case of a notice about a case")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/read", MarkRead)
            .WithSummary("Mark a notification read")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<NotificationsDto>> GetNotifications(bool? unreadOnly, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetNotificationsQuery(unreadOnly ?? false), cancellationToken));

    public static async Task<Ok<IReadOnlyList<NotifiedApplicationDto>>> GetNotifiedApplications(long id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetNotifiedApplicationsQuery(id), cancellationToken));

    public static async Task<NoContent> MarkRead(long id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkNotificationReadCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
