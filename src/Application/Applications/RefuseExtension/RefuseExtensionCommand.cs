using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RefuseExtension;

[Authorize(Role.Supervisor)]
public sealed record RefuseExtensionCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
