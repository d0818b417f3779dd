using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.AcceptApplication;

[Authorize(Role.Caseworker)]
public sealed record AcceptApplicationCommand(Guid Id) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
