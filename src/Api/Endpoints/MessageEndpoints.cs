using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Messaging.GetMessages;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class MessageEndpoints
{
    public static void MapMessageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/admin/messages", GetMessages)
            .WithTags("Messages")
            .RequireAuthorization(Role.Administrator)
            .WithSummary("Text messages to residents with their delivery status (Pending, Sending, Sent, Failed), newest first")
            .ProducesValidationProblem();

    public static async Task<Ok<MessagesPageDto>> GetMessages(string? status, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMessagesQuery(status, page ?? 1, pageSize ?? 50), cancellationToken));
}
