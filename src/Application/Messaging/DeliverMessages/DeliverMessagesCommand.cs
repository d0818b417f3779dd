using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Messaging.DeliverMessages;

/// <summary>
/// Sends the queued text messages that are due. Each message is claimed, sent and recorded on its own
/// (saved in steps), because a gateway call cannot be rolled back.
/// </summary>
public sealed record DeliverMessagesCommand(int BatchSize = 100) : ICommand<DeliverMessagesResult>, ISavesInSteps;

public sealed record DeliverMessagesResult(int Sent, int Retrying, int Failed);
