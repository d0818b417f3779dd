using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.ApproveApplication;

[Authorize(Role.Caseworker)]
public sealed record ApproveApplicationCommand(Guid Id, string Reason, string? Benefit) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
