using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.TransferApplication;

[Authorize(Roles = Roles.Caseworker)]
public sealed record TransferApplicationCommand(Guid Id, string DepartmentCode, string Reason, string? ItemCode) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
