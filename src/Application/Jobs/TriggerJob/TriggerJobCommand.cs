using MediatR;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Jobs.TriggerJob;

/// <summary>Runs a scheduled job now (through the scheduler, so a cluster still runs it once).</summary>
[Authorize(Role.Administrator)]
public sealed record TriggerJobCommand(string Name) : ICommand<Unit>;
