using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.NotAcceptApplication;

[Authorize(Roles = Roles.Caseworker)]
public sealed record NotAcceptApplicationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
