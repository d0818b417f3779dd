using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.WithdrawApplication;

[Authorize(Role.Resident)]
public sealed record WithdrawApplicationCommand(Guid Id, string? Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
