using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Auth;

internal static class StaffRoles
{
    /// <summary>For <c>[Authorize(Roles = ...)]</c>: any member of staff.</summary>
    public const string Any = $"{Roles.Caseworker},{Roles.Supervisor},{Roles.Administrator}";
}
