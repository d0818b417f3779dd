using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.TransferApplication;

[Authorize(Role.Caseworker)]
public sealed record TransferApplicationCommand(Guid Id, DepartmentCode DepartmentCode, string Reason, ItemCode? ItemCode) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
