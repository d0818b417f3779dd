using Microsoft.AspNetCore.Authorization;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// ASP.NET Core names roles and policies by string; these take the domain's <see cref="Role"/>, so an
/// endpoint cannot name a role that does not exist. The token's role claim is the role's name.
/// </summary>
internal static class RoleAuthorization
{
    /// <summary>Requires the policy of one role (each role has a policy of its name, see <see cref="ApiServices"/>).</summary>
    public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, Role role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(role.ToString());

    public static AuthorizationPolicyBuilder RequireRole(this AuthorizationPolicyBuilder policy, params Role[] roles) =>
        policy.RequireRole(roles.Select(r => r.ToString()));
}
