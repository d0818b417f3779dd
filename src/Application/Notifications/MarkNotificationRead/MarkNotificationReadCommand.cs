using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Notifications.MarkNotificationRead;

[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record MarkNotificationReadCommand(long Id) : ICommand<MediatR.Unit>;
