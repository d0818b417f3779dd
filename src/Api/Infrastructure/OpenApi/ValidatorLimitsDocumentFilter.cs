using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using ReliefPlatform.Application.Common.Validation;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ReliefPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes the limits the FluentValidation rules enforce into the document (maxLength, minLength, minimum,
/// maximum, maxItems, simple patterns), read from the validators of the request each endpoint sends and
/// matched by name to its body's properties and its parameters: the rules stay the only place a limit is
/// written (ADR 0033). Rules that are predicates (<c>Must</c>) say nothing the document can carry and are
/// left out. A body type several requests share gets, per field, the widest limit any of them states.
/// </summary>
internal sealed class ValidatorLimitsDocumentFilter(IServiceScopeFactory scopes) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        using var scope = scopes.CreateScope();
        var limits = new Dictionary<IOpenApiSchema, Limits>(ReferenceEqualityComparer.Instance);
        foreach (var api in context.ApiDescriptions)
        {
            if (EndpointRequests.RequestOf(api.ActionDescriptor.EndpointMetadata) is not { } request
                || Operation(document, api) is not { } operation)
            {
                continue;
            }

            var rules = new Dictionary<string, Limits>(StringComparer.OrdinalIgnoreCase);
            foreach (var validator in scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(request)).OfType<IValidator>())
            {
                Collect(validator, "", rules);
            }

            foreach (var (path, limit) in rules)
            {
                if (operation.RequestBody?.Content?.Values.FirstOrDefault()?.Schema is { } body && Find(document, body, path.Split('.')) is { } property)
                {
                    limits[property] = limits.TryGetValue(property, out var seen) ? seen.Widest(limit) : limit;
                }

                var parameter = operation.Parameters?.FirstOrDefault(p => Same(p.Name, path));
                if (parameter?.Schema is { } schema)
                {
                    limits[schema] = limits.TryGetValue(schema, out var seen) ? seen.Widest(limit) : limit;
                }
            }
        }

        foreach (var (schema, limit) in limits)
        {
            limit.WriteTo(schema);
        }
    }

    private static OpenApiOperation? Operation(OpenApiDocument document, ApiDescription api)
    {
        var path = "/" + string.Join('/', (api.RelativePath ?? "").Split('/').Select(s => s.StartsWith('{') ? s.Split(':')[0].TrimEnd('}', '?') + "}" : s)).TrimEnd('/');
        return document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations
            && operations.TryGetValue(HttpMethod.Parse(api.HttpMethod ?? "GET"), out var operation) ? operation : null;
    }

    private static bool Same(string? parameter, string rule) =>
        string.Equals(parameter?.Replace("-", "", StringComparison.Ordinal), rule.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>The schema of a property path (<c>applicant.name</c>) under a body schema, through references and allOf wrappers.</summary>
    private static IOpenApiSchema? Find(OpenApiDocument document, IOpenApiSchema schema, string[] path)
    {
        var current = schema;
        foreach (var name in path)
        {
            var properties = Resolve(document, current)?.Properties;
            var key = properties?.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                return null;
            }

            current = properties![key];
        }

        // A reference cannot carry limits; an object has none to carry.
        return current is OpenApiSchema { AllOf.Count: 0 } or OpenApiSchema { AllOf: null } ? current : null;
    }

    private static OpenApiSchema? Resolve(OpenApiDocument document, IOpenApiSchema schema) => schema switch
    {
        OpenApiSchemaReference reference when reference.Reference.Id is { } id && document.Components?.Schemas?.TryGetValue(id, out var target) == true => Resolve(document, target),
        OpenApiSchema { AllOf: [var only] } => Resolve(document, only),
        OpenApiSchema concrete => concrete,
        _ => null,
    };

    /// <summary>What the rules of a validator (and those it includes) say about each property, by dotted path.</summary>
    private static void Collect(IValidator validator, string prefix, Dictionary<string, Limits> rules)
    {
        if (validator is not IEnumerable<IValidationRule> validationRules)
        {
            return;
        }

        foreach (var rule in validationRules)
        {
            var path = prefix + (rule.PropertyName ?? "");
            foreach (var component in rule.Components)
            {
                if (component.Validator is IChildValidatorAdaptor child)
                {
                    if (Included(component.Validator) is { } included)
                    {
                        Collect(included, rule.PropertyName is null ? prefix : path + ".", rules);
                    }

                    continue;
                }

                if (rule.PropertyName is null || IsForEach(rule))
                {
                    continue;
                }

                var limit = Limits.Of(component.Validator, conditional: component.HasCondition || component.HasAsyncCondition);
                if (limit is not null)
                {
                    rules[path] = rules.TryGetValue(path, out var seen) ? seen.Narrowest(limit) : limit;
                }
            }
        }
    }

    /// <summary>RuleForEach: its limits are the items', not the list's.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>The validator an <c>Include(new X())</c> or <c>SetValidator(new X())</c> holds.</summary>
    private static IValidator? Included(IPropertyValidator adaptor) =>
        adaptor.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(f => f.FieldType.IsAssignableTo(typeof(IValidator)))
            .Select(f => f.GetValue(adaptor) as IValidator)
            .FirstOrDefault(v => v is not null);

    private sealed record Limits(int? MinLength = null, int? MaxLength = null, decimal? Minimum = null, decimal? Maximum = null, int? MaxItems = null, string? Pattern = null)
    {
        public static Limits? Of(IPropertyValidator validator, bool conditional) => validator switch
        {
            ILengthValidator l => new Limits(l.Min > 0 ? l.Min : null, l.Max >= 0 ? l.Max : null),
            // "Not empty" under a condition is not a limit of the field: only unconditional ones are written.
            INotEmptyValidator when !conditional => new Limits(MinLength: 1),
            IBetweenValidator { From: IConvertible from, To: IConvertible to } when IsNumber(from) => new Limits(Minimum: Number(from), Maximum: Number(to)),
            IComparisonValidator { ValueToCompare: IConvertible value } c when IsNumber(value) => c.Comparison switch
            {
                Comparison.GreaterThanOrEqual => new Limits(Minimum: Number(value)),
                Comparison.LessThanOrEqual => new Limits(Maximum: Number(value)),
                _ => null,
            },
            IMaxItemsValidator m => new Limits(MaxItems: m.Max),
            // Only a pattern that means the same in ECMAScript: no inline options or .NET-only groups.
            IRegularExpressionValidator r when !r.Expression.Contains("(?", StringComparison.Ordinal) => new Limits(Pattern: r.Expression),
            _ => null,
        };

        private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;

        private static decimal Number(IConvertible value) => value.ToDecimal(CultureInfo.InvariantCulture);

        /// <summary>Two rules on one field: both hold.</summary>
        public Limits Narrowest(Limits other) => new(
            Max(MinLength, other.MinLength), Min(MaxLength, other.MaxLength), Max(Minimum, other.Minimum), Min(Maximum, other.Maximum),
            Min(MaxItems, other.MaxItems), Pattern ?? other.Pattern);

        /// <summary>One body type sent by two requests: the document states only what both refuse.</summary>
        public Limits Widest(Limits other) => new(
            Min(MinLength, other.MinLength, wide: true), Max(MaxLength, other.MaxLength, wide: true), Min(Minimum, other.Minimum, wide: true),
            Max(Maximum, other.Maximum, wide: true), Max(MaxItems, other.MaxItems, wide: true), Pattern == other.Pattern ? Pattern : null);

        public void WriteTo(IOpenApiSchema target)
        {
            if (target is not OpenApiSchema schema)
            {
                return;
            }

            schema.MinLength = MinLength ?? schema.MinLength;
            schema.MaxLength = MaxLength ?? schema.MaxLength;
            schema.Minimum = Minimum?.ToString(CultureInfo.InvariantCulture) ?? schema.Minimum;
            schema.Maximum = Maximum?.ToString(CultureInfo.InvariantCulture) ?? schema.Maximum;
            schema.MaxItems = MaxItems ?? schema.MaxItems;
            schema.Pattern = Pattern ?? schema.Pattern;
        }

        private static T? Min<T>(T? a, T? b, bool wide = false)
            where T : struct, IComparable<T> => a is null || b is null ? (wide ? null : a ?? b) : (a.Value.CompareTo(b.Value) <= 0 ? a : b);

        private static T? Max<T>(T? a, T? b, bool wide = false)
            where T : struct, IComparable<T> => a is null || b is null ? (wide ? null : a ?? b) : (a.Value.CompareTo(b.Value) >= 0 ? a : b);
    }
}
