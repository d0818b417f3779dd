using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.AssignApplication;

/// <summary>分派: a caseworker gives an application nobody holds, or one they hold, to a colleague of the department and county.</summary>
[Authorize(Roles = Roles.Caseworker)]
public sealed record AssignApplicationCommand(Guid Id, Guid StaffId) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
