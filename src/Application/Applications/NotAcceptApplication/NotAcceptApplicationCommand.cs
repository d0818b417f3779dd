using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.NotAcceptApplication;

[Authorize(Role.Caseworker)]
public sealed record NotAcceptApplicationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
