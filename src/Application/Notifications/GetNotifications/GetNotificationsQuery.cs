using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Notifications.GetNotifications;

[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record GetNotificationsQuery(bool UnreadOnly = false) : IQuery<NotificationsDto>;

public sealed record NotificationsDto(IReadOnlyList<NotificationDto> Items, int Unread);

/// <summary>A notice; for a 督办 note or a resident's step (补正, 撤回, 差评) also the application (<c>applicationId</c>, <c>trackingNumber</c>) and the deadline.</summary>
public sealed record NotificationDto(
    long Id, string Kind, string Title, int Count, DateTimeOffset CreatedAt, bool Read, Guid? ApplicationId = null, string? TrackingNumber = null, DateOnly? Deadline = null);
