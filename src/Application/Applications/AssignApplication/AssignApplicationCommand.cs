using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.AssignApplication;

/// <summary>分派: a caseworker gives an application nobody holds, or one they hold, to a colleague of the department and county.</summary>
[Authorize(Role.Caseworker)]
public sealed record AssignApplicationCommand(Guid Id, Guid StaffId) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
