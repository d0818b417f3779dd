using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.AcceptApplication;

[Authorize(Roles = Roles.Caseworker)]
public sealed record AcceptApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
