using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Checks an answer against the API document: its status must be declared for the operation, and its
/// body must match the schema declared for that status, with OpenAPI 3.0's meaning of each keyword the
/// document uses ($ref, allOf, nullable, type, format, enum, properties, required, additionalProperties,
/// items, the length, range, size and pattern limits). Unknown keywords fail loudly rather than pass.
/// </summary>
public sealed class OpenApiResponseChecker(JsonObject document)
{
    private static readonly HashSet<string> Known =
    [
        "$ref", "allOf", "nullable", "type", "format", "enum", "properties", "required", "additionalProperties", "items", "description",
        "maxLength", "minLength", "minimum", "maximum", "maxItems", "minItems", "pattern", "readOnly", "writeOnly", "deprecated", "example",
    ];

    /// <summary>What breaks the contract, empty when the answer keeps it.</summary>
    public List<string> Check(string method, string path, int status, MediaTypeHeaderValue? contentType, string body)
    {
        var problems = new List<string>();
        var operation = Operation(method, path);
        if (operation is null)
        {
            return [$"{method} {path}: no such operation in the document"];
        }

        if (operation["responses"]?[status.ToString(CultureInfo.InvariantCulture)] is not JsonObject response)
        {
            return [$"{method} {path}: status {status} is not declared"];
        }

        if (body.Length == 0)
        {
            return problems;
        }

        if (response["content"] is not JsonObject content)
        {
            return [$"{method} {path} {status}: a body where none is declared"];
        }

        var mediaType = contentType?.MediaType ?? "";
        if (content[mediaType]?["schema"] is not { } schema)
        {
            return [$"{method} {path} {status}: content type {mediaType} is not declared ({string.Join(", ", content.Select(c => c.Key))})"];
        }

        Validate(JsonNode.Parse(body), schema, "$", problems);
        return problems.Select(p => $"{method} {path} {status}: {p}").ToList();
    }

    private JsonObject? Operation(string method, string path)
    {
        var segments = path.Split('?')[0].Split('/');
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            var parts = template.Split('/');
            if (parts.Length == segments.Length && parts.Zip(segments).All(p => (p.First.StartsWith('{') && p.Second.Length > 0) || p.First == p.Second))
            {
                return item?[method.ToLowerInvariant()] as JsonObject;
            }
        }

        return null;
    }

    private JsonNode Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(document["components"]!["schemas"]![reference.Split('/')[^1]] ?? throw new InvalidOperationException($"No schema {reference}"))
            : schema;

    private void Validate(JsonNode? value, JsonNode schemaNode, string at, List<string> problems)
    {
        var schema = Resolve(schemaNode).AsObject();
        if (schema.Select(k => k.Key).FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            problems.Add($"{at}: the checker does not know the keyword '{unknown}'");
            return;
        }

        if (value is null)
        {
            // In OpenAPI 3.0 only `nullable: true` admits null (a bare allOf of a $ref does not).
            if (schema["nullable"]?.GetValue<bool>() != true && (schema["type"] is not null || schema["allOf"] is not null || schema["properties"] is not null))
            {
                problems.Add($"{at}: null where the schema does not declare nullable");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Validate(value, part!, at, problems);
        }

        var type = schema["type"]?.GetValue<string>();
        var kind = value.GetValueKind();
        var typeOk = type switch
        {
            null => true,
            "string" => kind == System.Text.Json.JsonValueKind.String,
            "integer" => kind == System.Text.Json.JsonValueKind.Number && decimal.TryParse(value.ToJsonString(), CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n),
            "number" => kind == System.Text.Json.JsonValueKind.Number,
            "boolean" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            "array" => kind == System.Text.Json.JsonValueKind.Array,
            "object" => kind == System.Text.Json.JsonValueKind.Object,
            _ => false,
        };
        if (!typeOk)
        {
            problems.Add($"{at}: {kind} where the schema says {type}");
            return;
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            problems.Add($"{at}: {value.ToJsonString()} is not one of {values.ToJsonString()}");
        }

        switch (kind)
        {
            case System.Text.Json.JsonValueKind.String:
                CheckString(value.GetValue<string>(), schema, at, problems);
                break;
            case System.Text.Json.JsonValueKind.Number:
                var number = decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (Limit(schema, "minimum") is { } min && number < min)
                {
                    problems.Add($"{at}: {number} is below the minimum {min}");
                }

                if (Limit(schema, "maximum") is { } max && number > max)
                {
                    problems.Add($"{at}: {number} is above the maximum {max}");
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                var items = value.AsArray();
                if (Limit(schema, "maxItems") is { } maxItems && items.Count > maxItems)
                {
                    problems.Add($"{at}: {items.Count} items, more than maxItems {maxItems}");
                }

                for (var i = 0; i < items.Count && schema["items"] is { } itemSchema; i++)
                {
                    Validate(items[i], itemSchema, $"{at}[{i}]", problems);
                }

                break;
            case System.Text.Json.JsonValueKind.Object:
                CheckObject(value.AsObject(), schema, at, problems);
                break;
        }
    }

    private void CheckObject(JsonObject value, JsonObject schema, string at, List<string> problems)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!value.ContainsKey(required!.GetValue<string>()))
            {
                problems.Add($"{at}: the required property '{required}' is missing");
            }
        }

        foreach (var (name, child) in value)
        {
            if (properties?[name] is { } propertySchema)
            {
                Validate(child, propertySchema, $"{at}.{name}", problems);
            }
            else if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
            {
                problems.Add($"{at}: '{name}' is not declared and additionalProperties is false");
            }
            else if (schema["additionalProperties"] is JsonObject extra)
            {
                Validate(child, extra, $"{at}.{name}", problems);
            }
        }
    }

    private static void CheckString(string text, JsonObject schema, string at, List<string> problems)
    {
        if (Limit(schema, "maxLength") is { } max && text.Length > max)
        {
            problems.Add($"{at}: {text.Length} characters, more than maxLength {max}");
        }

        if (Limit(schema, "minLength") is { } min && text.Length < min)
        {
            problems.Add($"{at}: {text.Length} characters, fewer than minLength {min}");
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{at}: '{text}' does not match {pattern}");
        }

        var formatOk = schema["format"]?.GetValue<string>() switch
        {
            "uuid" => Guid.TryParse(text, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!formatOk)
        {
            problems.Add($"{at}: '{text}' is not a {schema["format"]}");
        }
    }

    private static decimal? Limit(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue v ? decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}
