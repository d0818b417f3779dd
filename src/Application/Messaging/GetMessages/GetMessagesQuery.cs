using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Messaging.GetMessages;

/// <summary>Queued and sent text messages with their delivery status, for administrators to follow up failures.</summary>
[Authorize(Role.Administrator)]
public sealed record GetMessagesQuery(string? Status, int Page = 1, int PageSize = 50) : IQuery<MessagesPageDto>;

public sealed record MessagesPageDto(IReadOnlyList<MessageDto> Items, int Total);

public sealed record MessageDto(
    Guid Id, string Recipient, Guid? ApplicationId, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);
