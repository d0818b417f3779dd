using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>Documents the answers every protected endpoint can give: 401 without a valid token, 404 for a role or an object outside the caller's scope.</summary>
internal sealed class AuthorizationResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
        }
        else
        {
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in, or the token is invalid or expired (problem details)." });
            operation.Responses.TryAdd("404", new OpenApiResponse { Description = "Not found, or outside the caller's role or scope: the two are not told apart (problem details)." });
        }

        operation.Responses.TryAdd("500", new OpenApiResponse { Description = "Unexpected error; the body says nothing about its cause (problem details)." });
    }
}
