using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RequestExtension;

/// <summary>延期: the caseworker asks a supervisor for more working days.</summary>
[Authorize(Role.Caseworker)]
public sealed record RequestExtensionCommand(Guid Id, int WorkingDays, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
