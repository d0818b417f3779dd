using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// A signed-in caller whose role may not use an endpoint gets the same 404 as a route that does not
/// exist, so a refusal does not confirm what the service offers to other roles (ADR 0016). Anonymous
/// callers still get 401, as they do on unknown routes.
/// </summary>
internal sealed class OutOfScopeAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            // Status code pages writes the problem details, titled as any other 404.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
