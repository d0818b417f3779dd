using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Messaging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ReliefPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents the problem answers an operation really gives, from what the endpoint is rather than from
/// a list (ADR 0033): 400 when it reads a body or parameters, or its request has a validator; 401 and 404
/// when it is protected; 409 when it sends a command (every save can meet a concurrent one; an action on
/// an application also meets its lifecycle); 413 and 415 for a body; 429 with <c>Retry-After</c> where a rate
/// limit applies; 503 with <c>Retry-After</c> when it reaches the database; 500 always. Each carries the
/// RFC 9457 schema it is written with.
/// </summary>
internal sealed class ProblemResponsesOperationFilter(IServiceProviderIsService services) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        var request = EndpointRequests.RequestOf(metadata);
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var validationProblem = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);

        var readsBody = api.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Form" or "FormFile");
        var readsParameters = api.ParameterDescriptions.Any(p => p.Source.Id is "Query" or "Header" or "Path");
        if (readsBody || readsParameters || (request is not null && services.IsService(typeof(IValidator<>).MakeGenericType(request))))
        {
            Add(operation, "400", validationProblem, readsBody
                ? "Bad input: a malformed body, a property the schema does not declare, or a value the rules refuse; `errors` names each field (validation problem details)."
                : "Bad input: a parameter that cannot be read or that the rules refuse; `errors` names each field (validation problem details).");
        }

        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            if (readsBody)
            {
                // Routing answers a body of another media type with an endpoint of its own, which the
                // fallback policy (signed in) guards: an anonymous caller gets 401 where a signed-in one gets 415.
                Add(operation, "401", problem, "The body is not of a media type the operation takes and the caller is not signed in (problem details; signed in, the answer is 415).");
            }
        }
        else
        {
            Add(operation, "401", problem, "Not signed in, or the token is invalid or expired (problem details).");
            Add(operation, "404", problem, "Not found, or outside the caller's role or scope: the two are not told apart (problem details).");
        }

        if (request?.IsAssignableTo(typeof(IApplicationActionCommand)) == true)
        {
            Add(operation, "409", problem, "Refused by the application's state (problem details with `code`): `invalid-transition` when its status does not allow the action, `concurrency-conflict` when `expectedVersion` is stale or another change won, `claimed-by-another` when a colleague holds it.");
        }
        else if (request?.IsAssignableTo(typeof(ICommandMarker)) == true)
        {
            Add(operation, "409", problem, "Conflict (problem details with `code`): `concurrency-conflict` when another change to the same record won, or a rule of the current state refuses it.");
        }

        if (readsBody)
        {
            Add(operation, "413", problem, "The body is larger than the service accepts (problem details).");
            Add(operation, "415", problem, "The body is not of a media type the operation takes (problem details).");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, "429", problem, "Too many requests from the caller's address (or, for sign-in codes, for the phone); retry after the seconds in `Retry-After` (problem details).")
                .Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = RetryAfter("Seconds to wait before trying again.") };
        }

        if (request is not null)
        {
            Add(operation, "503", problem, "The database is unavailable for a moment; retry after `Retry-After` seconds (problem details).")
                .Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = RetryAfter("Seconds to wait before trying again.") };
        }

        Add(operation, "500", problem, "Unexpected error; the body says nothing about its cause (problem details).");
    }

    /// <summary>Adds the answer, or completes one an endpoint declared itself (ProducesProblem) with its description and schema.</summary>
    private static OpenApiResponse Add(OpenApiOperation operation, string status, IOpenApiSchema schema, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse declared)
        {
            if (string.IsNullOrEmpty(declared.Description) || declared.Description.Length < 20)
            {
                declared.Description = description;
            }
        }
        else
        {
            declared = new OpenApiResponse { Description = description };
            operation.Responses[status] = declared;
        }

        declared.Content ??= new Dictionary<string, OpenApiMediaType>();
        if (!declared.Content.ContainsKey("application/problem+json"))
        {
            declared.Content.Clear();
            declared.Content["application/problem+json"] = new OpenApiMediaType { Schema = schema };
        }

        return declared;
    }

    private static OpenApiHeader RetryAfter(string description) => new()
    {
        Description = description,
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
    };
}
