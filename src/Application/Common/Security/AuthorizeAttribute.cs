using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Security;

/// <summary>
/// Declares who may send a request. Checked by the authorization behavior, so the API, jobs and
/// any other caller obey the same rule. Object-level scope is checked by the handlers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute(params Role[] roles) : Attribute
{
    /// <summary>The roles any of which may send the request; none means any signed-in caller.</summary>
    public IReadOnlyList<Role> Roles { get; } = roles;
}
