using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.ApproveExtension;

[Authorize(Role.Supervisor)]
public sealed record ApproveExtensionCommand(Guid Id, string? Note) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
