using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.TransferApplication;

[Authorize(Role.Caseworker)]
public sealed record TransferApplicationCommand(Guid Id, string DepartmentCode, string Reason, string? ItemCode) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
