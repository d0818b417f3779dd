using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.RequestInformation;

[Authorize(Roles = Roles.Caseworker)]
public sealed record RequestInformationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
