using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.ClaimApplication;

/// <summary>A caseworker takes an open application of their department and county from the shared queue.</summary>
[Authorize(Role.Caseworker)]
public sealed record ClaimApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
