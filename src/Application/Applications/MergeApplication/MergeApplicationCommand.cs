using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.MergeApplication;

/// <summary>并案: merges a possible duplicate into the open case of the same person and item it is linked with.</summary>
[Authorize(Role.Caseworker)]
public sealed record MergeApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
