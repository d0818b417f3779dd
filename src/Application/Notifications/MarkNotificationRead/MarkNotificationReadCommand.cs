using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Notifications.MarkNotificationRead;

[Authorize(Roles = $"{Roles.Caseworker},{Roles.Supervisor},{Roles.Administrator}")]
public sealed record MarkNotificationReadCommand(long Id) : ICommand<MediatR.Unit>;
