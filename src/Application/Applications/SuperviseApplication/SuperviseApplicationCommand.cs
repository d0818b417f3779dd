using System.Text.Json.Serialization;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.SuperviseApplication;

/// <summary>督办: a supervisor of the region instructs the department to act on an open application by a working day.</summary>
[Authorize(Role.Supervisor)]
public sealed record SuperviseApplicationCommand(Guid Id, string Note, DateOnly? Deadline) : IApplicationActionCommand, IIdempotentCommand
{
    public Guid? ExpectedVersion { get; init; }

    /// <summary>From the <c>Idempotency-Key</c> header; not part of the request's hash.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
