using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.ReleaseApplication;

/// <summary>The caseworker holding an application puts it back in the department's shared queue.</summary>
[Authorize(Role.Caseworker)]
public sealed record ReleaseApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
