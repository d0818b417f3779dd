using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.ApproveExtension;

[Authorize(Roles = Roles.Supervisor)]
public sealed record ApproveExtensionCommand(Guid Id, string? Note) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
