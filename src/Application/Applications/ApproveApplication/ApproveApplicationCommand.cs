using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.ApproveApplication;

[Authorize(Roles = Roles.Caseworker)]
public sealed record ApproveApplicationCommand(Guid Id, string Reason, string? Benefit) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
