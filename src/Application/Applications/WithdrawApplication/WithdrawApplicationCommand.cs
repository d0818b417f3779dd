using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.WithdrawApplication;

[Authorize(Roles = Roles.Resident)]
public sealed record WithdrawApplicationCommand(Guid Id, string? Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
