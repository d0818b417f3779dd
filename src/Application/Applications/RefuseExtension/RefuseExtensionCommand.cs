using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.RefuseExtension;

[Authorize(Roles = Roles.Supervisor)]
public sealed record RefuseExtensionCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
