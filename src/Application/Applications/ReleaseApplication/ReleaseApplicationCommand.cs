using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.ReleaseApplication;

/// <summary>The caseworker holding an application puts it back in the department's shared queue.</summary>
[Authorize(Roles = Roles.Caseworker)]
public sealed record ReleaseApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
