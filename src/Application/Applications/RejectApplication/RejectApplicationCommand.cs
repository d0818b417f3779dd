using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.RejectApplication;

[Authorize(Roles = Roles.Caseworker)]
public sealed record RejectApplicationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
