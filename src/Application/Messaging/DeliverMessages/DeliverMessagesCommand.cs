using MediatR;

namespace ReliefPlatform.Application.Messaging.DeliverMessages;

/// <summary>
/// Sends the queued text messages that are due. Deliberately not an <c>ICommand</c>: each message is
/// claimed, sent and recorded on its own, because a gateway call cannot be rolled back.
/// </summary>
public sealed record DeliverMessagesCommand(int BatchSize = 100) : IRequest<DeliverMessagesResult>;

public sealed record DeliverMessagesResult(int Sent, int Retrying, int Failed);
