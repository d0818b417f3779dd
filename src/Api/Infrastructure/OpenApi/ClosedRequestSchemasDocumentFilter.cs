using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ReliefPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// <c>additionalProperties: false</c> stays only on what clients send, where the service refuses an
/// undeclared property with a 400 (JsonUnmappedMemberHandling.Disallow). Answers may gain properties
/// within v1, so a client must not be told to reject one it does not know (ADR 0033).
/// </summary>
internal sealed class ClosedRequestSchemasDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var sent = new HashSet<string>(StringComparer.Ordinal);
        var bodies = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.RequestBody?.Content?.Values ?? [])
            .Select(c => c.Schema);
        foreach (var body in bodies)
        {
            Visit(body, schemas, sent);
        }

        foreach (var (id, schema) in schemas)
        {
            if (!sent.Contains(id) && schema is OpenApiSchema { AdditionalPropertiesAllowed: false, AdditionalProperties: null } closed)
            {
                closed.AdditionalPropertiesAllowed = true;
            }
        }
    }

    private static void Visit(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && seen.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Visit(target, schemas, seen);
                }

                return;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Visit(child, schemas, seen);
        }

        Visit(schema.Items, schemas, seen);
        Visit(schema.AdditionalProperties, schemas, seen);
    }
}
