using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>Documents the answers every protected endpoint can give: 401 without a valid token, 403 for another role.</summary>
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
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The caller's role may not use this endpoint (problem details)." });
        }

        operation.Responses.TryAdd("500", new OpenApiResponse { Description = "Unexpected error; the body says nothing about its cause (problem details)." });
    }
}
