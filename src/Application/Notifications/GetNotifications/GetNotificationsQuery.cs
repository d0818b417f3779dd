using MediatR;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Notifications.GetNotifications;

[Authorize(Roles = $"{Roles.Caseworker},{Roles.Supervisor},{Roles.Administrator}")]
public sealed record GetNotificationsQuery(bool UnreadOnly = false) : IRequest<NotificationsDto>;

public sealed record NotificationsDto(IReadOnlyList<NotificationDto> Items, int Unread);

public sealed record NotificationDto(long Id, string Kind, string Title, int Count, DateTimeOffset CreatedAt, bool Read);
