using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Property-based fuzzing (FsCheck) of every write endpoint, found in the EndpointDataSource so that a
/// new one is covered without touching this file: random route values, headers and bodies (shaped
/// after the endpoint's request type, or arbitrary JSON, or not JSON at all), sent as every kind of
/// caller. Whatever comes in, the answer is never a 5xx, every error is a problem details document
/// without a stack trace, and the managed heap stays steady. <c>RELIEF_FUZZ_CASES</c> sets the number
/// of cases (2,000 in the suite). It runs alone: the heap it measures is the whole test process's, which
/// other classes running beside it would grow.
/// </summary>
[Collection(nameof(FuzzTests))]
public sealed partial class FuzzTests(FuzzTests.Factory factory, ITestOutputHelper output) : IClassFixture<FuzzTests.Factory>
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("RELIEF_FUZZ_CASES"), out var n) && n > 0 ? n : 2000;

    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private static readonly string[] Strings =
    [
        "", " ", "a", "李秀英", "530102196001011238", "13800138000", "civil", "civil.dibao", "530102", "530102001", "2026-02-09", "2026-13-45",
        "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString(), "true", "null", "-1", "1e309", "NaN", "<script>alert(1)</script>",
        "'; DROP TABLE \"Applications\"; --", "../../etc/passwd", "%00", "\u0000", "\uFFFF", "\uD83D\uDE00", "\uD800", "\t\r\n", new string('x', 5000),
        new string('长', 2100), "Demo#2026", "admin", "Caseworker", "Supervisor", "seniorHigh", "rural", "dibao", "chase-deadlines", "run-exports", "xlsx",
    ];

    private static readonly string[] Names =
    [
        "reason", "expectedVersion", "itemCode", "regionCode", "applicant", "answers", "description", "benefit", "departmentCode", "workingDays",
        "note", "deadline", "text", "phone", "code", "username", "password", "role", "days", "newPassword", "currentPassword", "format", "from", "to",
        "name", "idNumber", "displayName", "__proto__", "$type", "",
    ];

    [Fact]
    public void EveryWriteEndpoint_WithRandomRouteValuesHeadersAndBodies_NeverAnswers5xxAndEveryErrorIsAProblemWithoutAStackTrace()
    {
        var targets = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Intersect(WriteMethods).Select(m => new Target(m, e)))
            .ToList();
        Assert.True(targets.Count >= 30, $"Only {targets.Count} write endpoints found.");
        var callers = factory.Callers();

        // Warm up (JIT, EF's model, caches) before the heap is measured.
        RunCases(targets, callers, Math.Min(200, Cases / 10));
        var (heapBefore, workingSetBefore) = Memory();
        var watch = Stopwatch.StartNew();
        var statuses = RunCases(targets, callers, Cases);
        var (heapAfter, workingSetAfter) = Memory();

        output.WriteLine(
            $"{Cases} cases over {targets.Count} write endpoints in {watch.Elapsed.TotalSeconds:F0} s; 5xx 0; answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"))}; " +
            $"managed heap {heapBefore / 1048576.0:F1} → {heapAfter / 1048576.0:F1} MB, working set {workingSetBefore / 1048576.0:F0} → {workingSetAfter / 1048576.0:F0} MB");
        Assert.True(heapAfter - heapBefore < 64L * 1024 * 1024, $"The managed heap grew from {heapBefore} to {heapAfter} bytes over {Cases} cases.");
        var endpointsReached = statuses.Keys.Count;
        Assert.True(endpointsReached > 3, "The cases should be answered with several different statuses.");
    }

    private Dictionary<int, int> RunCases(List<Target> targets, Callers callers, int count)
    {
        var statuses = new Dictionary<int, int>();
        var gen =
            from target in Gen.Elements(targets.ToArray())
            from caller in Gen.Choose(0, Callers.Kinds - 1)
            from route in RouteGen(target.Endpoint)
            from body in BodyGen(target.Endpoint)
            from contentType in Gen.Frequency((8, Gen.Constant<string?>("application/json")), (1, Gen.Elements<string?>(null, "text/plain", "application/xml", "application/json; charset=latin1", "multipart/form-data; boundary=x")))
            from key in Gen.Frequency((3, Gen.Constant<string?>(null)), (2, Gen.Elements<string?>("k", Guid.NewGuid().ToString(), new string('k', 300), "key with spaces", " ", "k\"{}")))
            from language in Gen.Elements<string?>(null, "en", "zh-CN", "xx", "en;q=abc")
            select new FuzzCase(target.Method, route, caller, body, contentType, key, language);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (status, verdict) = SendAsync(callers, c).GetAwaiter().GetResult();
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            return Prop.Label(verdict is null, $"{c} → {status}: {verdict}");
        }));
        return statuses;
    }

    private static async Task<(int Status, string? Verdict)> SendAsync(Callers callers, FuzzCase c)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(c.Body));
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            }
        }

        if (c.IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", c.IdempotencyKey);
        }

        if (c.Language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", c.Language);
        }

        var client = await callers.GetAsync(c.Caller);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Unauthorized && c.Caller != 0)
        {
            callers.Forget(c.Caller);
        }

        // Kestrel refuses a NUL in the path (400) and a path over its limit (414) itself, with a bare status, before any middleware of ours runs.
        if (text.Length == 0 && ((status == 400 && c.Path.Contains("%00", StringComparison.Ordinal)) || status == 414))
        {
            return (status, null);
        }

        // Whatever the answer, it keeps the contract: its status is declared for the operation and its body matches that status's schema
        // (a path that is no operation, such as a fuzzed route value that routing refuses, has no contract to keep).
        var verdict = Verdict(status, response.Content.Headers.ContentType, text);
        if (verdict is null && callers.Contract.Check(c.Method, c.Path, status, response.Content.Headers.ContentType, text) is [var broken, ..]
            && !broken.EndsWith("no such operation in the document", StringComparison.Ordinal))
        {
            verdict = $"an answer the OpenAPI document does not describe: {broken}";
        }

        return (status, verdict);
    }

    /// <summary>Null when the answer is acceptable.</summary>
    private static string? Verdict(int status, MediaTypeHeaderValue? contentType, string text)
    {
        if (status >= 500)
        {
            return "a server error";
        }

        if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
        {
            return "a stack trace or exception in the body";
        }

        if (status < 400)
        {
            return null;
        }

        if (contentType?.MediaType != "application/problem+json")
        {
            return $"an error as {contentType?.MediaType ?? "no content type"}, not problem details";
        }

        try
        {
            var problem = JsonNode.Parse(text)!.AsObject();
            return problem["status"]?.GetValue<int>() == status && problem["title"] is not null ? null : "problem details without its status or title";
        }
        catch (JsonException)
        {
            return "problem details that are not JSON";
        }
    }

    private Gen<string> RouteGen(RouteEndpoint endpoint)
    {
        var parameters = ParameterPattern().Matches(endpoint.RoutePattern.RawText ?? "").Select(m => m.Value).ToList();
        var value = Gen.Frequency(
            (4, Gen.Elements(factory.ApplicationIds.Select(id => id.ToString()).ToArray())),
            (2, Gen.Elements(Guid.NewGuid().ToString(), "00000000-0000-0000-0000-000000000000", "1", "0", "-1", "2026", "99999999999999999999", "chase-deadlines", "deliver-messages")),
            (1, Gen.Elements(Strings).Select(Uri.EscapeDataString)));
        return Gen.ListOf(value, parameters.Count).Select(values =>
        {
            var path = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var list = values.ToList();
            for (var i = 0; i < parameters.Count; i++)
            {
                path = path.Replace(parameters[i], list[i], StringComparison.Ordinal);
            }

            return path;
        });
    }

    /// <summary>A body shaped like the endpoint's request type (with wrong values mixed in), arbitrary JSON, broken JSON, or none.</summary>
    private static Gen<string?> BodyGen(RouteEndpoint endpoint)
    {
        var type = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var shaped = (type is null ? Json(2) : Shaped(type, 3)).Select(j => (string?)(j?.ToJsonString() ?? "null"));
        return Gen.Frequency(
            (6, shaped),
            (2, Json(3).Select(j => (string?)(j?.ToJsonString() ?? "null"))),
            (1, Gen.Elements<string?>(null, "", "{", "[]", "{\"a\":", "\"", "{}", "{\"reason\":\"\\ud800\"}", new string('[', 200) + new string(']', 200), "\u00ff\u00fe", "{\"expectedVersion\":\"not-a-guid\"}")));
    }

    private static Gen<JsonNode?> Shaped(Type type, int depth)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToArray();
        if (properties.Length == 0 || depth == 0)
        {
            return Json(1);
        }

        var fields = properties.Select(p => Gen.Frequency((5, Typed(p.PropertyType, depth - 1)), (1, Json(1))).Select(v => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name), Value: v)));
        return
            from values in Gen.CollectToArray(fields)
            from omit in Gen.ListOf(Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true))), properties.Length)
            from extra in Gen.Elements(Names)
            from extraValue in Json(1)
            select (JsonNode?)Object(values.Zip(omit).Where(v => !v.Second).Select(v => v.First).Append((extra, extraValue)));
    }

    private static Gen<JsonNode?> Typed(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return Gen.Elements(Strings).Select(s => (JsonNode?)JsonValue.Create(s));
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            return Gen.Elements<JsonNode?>(0, -1, 1, 3, 15, 45, int.MaxValue, int.MinValue, long.MaxValue, 1.5, 1e300);
        }

        if (type == typeof(bool))
        {
            return Gen.Elements<JsonNode?>(true, false);
        }

        if (type == typeof(Guid))
        {
            return Gen.Elements<JsonNode?>(Guid.NewGuid().ToString(), Guid.Empty.ToString(), "not-a-guid");
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return Gen.Elements<JsonNode?>("2026-02-09", "2099-12-31", "0001-01-01", "9999-12-31", "2026-02-30", "2026-02-09T00:00:00Z", "yesterday");
        }

        if (type.IsEnum)
        {
            return Gen.Elements(Enum.GetNames(type).Append("Nope").Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        }

        if (type.IsArray || (type.IsGenericType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[^1];
            return Gen.ListOf(Typed(element, depth - 1), 3).Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));
        }

        if (type == typeof(JsonElement) || type == typeof(JsonObject) || type == typeof(object))
        {
            return Json(2);
        }

        return Shaped(type, depth);
    }

    /// <summary>Any JSON value, objects keyed by the names this API uses.</summary>
    private static Gen<JsonNode?> Json(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements<JsonNode?>(true, false, 0, -1, int.MaxValue, long.MinValue, 1e300, 0.5),
            Gen.Elements(Strings).Select(s => (JsonNode?)JsonValue.Create(s)));
        if (depth == 0)
        {
            return leaf;
        }

        var array = Gen.ListOf(Json(depth - 1), 3).Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));
        var obj = Gen.ListOf(Gen.Zip(Gen.Elements(Names), Json(depth - 1)), 4).Select(pairs => (JsonNode?)Object(pairs));
        return Gen.Frequency((3, leaf), (1, array), (2, obj));
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonNode? Value)> pairs)
    {
        var result = new JsonObject();
        foreach (var (name, value) in pairs)
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterPattern();

    private sealed record Target(string Method, RouteEndpoint Endpoint);

    public sealed record FuzzCase(string Method, string Path, int Caller, string? Body, string? ContentType, string? IdempotencyKey, string? Language)
    {
        public override string ToString() =>
            $"{Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} as {Callers.Describe(Caller)}, Content-Type {ContentType ?? "-"}, Idempotency-Key {IdempotencyKey?.Length.ToString(CultureInfo.InvariantCulture) ?? "-"} chars, " +
            $"Accept-Language {Language ?? "-"}, body {(Body is null ? "none" : Body.Length > 300 ? Body[..300] + "…" : Body)}";
    }

    /// <summary>Anonymous, a resident, a caseworker, a supervisor and an administrator, signed in again when a case signs one out.</summary>
    public sealed class Callers(Factory factory)
    {
        public const int Kinds = 5;
        private readonly HttpClient?[] _clients = new HttpClient?[Kinds];

        public static string Describe(int kind) => kind switch { 0 => "anonymous", 1 => "resident", 2 => "caseworker", 3 => "supervisor", _ => "administrator" };

        public async Task<HttpClient> GetAsync(int kind) => _clients[kind] ??= kind switch
        {
            0 => factory.CreateClient(),
            1 => await factory.ResidentAsync(),
            2 => await factory.StaffAsync(factory.Caseworker),
            3 => await factory.StaffAsync(factory.Supervisor),
            _ => await factory.StaffAsync(factory.Administrator),
        };

        public void Forget(int kind) => _clients[kind] = null;

        public OpenApiResponseChecker Contract => factory.Contract;
    }

    /// <summary>A SQLite service on a real port, with a few applications for the route values, and staff of its own (the fuzzed sign-in cannot lock them out).</summary>
    public sealed class Factory : SqliteApiFactory
    {
        /// <summary>Real Kestrel: its parsing of paths, headers and bodies is part of what is fuzzed.</summary>
        public Factory() => UseKestrel(0);

        public string Caseworker { get; } = StaffAuth.NewUsername("fuzz-cw");

        public string Supervisor { get; } = StaffAuth.NewUsername("fuzz-sv");

        public string Administrator { get; } = StaffAuth.NewUsername("fuzz-ad");

        public List<Guid> ApplicationIds { get; } = [];

        public Callers Callers() => new(this);

        /// <summary>The service's own OpenAPI document, which every answer must keep (ADR 0033).</summary>
        public OpenApiResponseChecker Contract { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Contract = new OpenApiResponseChecker((await CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!);
            await AddStaffAsync(Caseworker, Role.Caseworker, Infrastructure.TestData.OneStageDepartment, "530102");
            await AddStaffAsync(Supervisor, Role.Supervisor, null, "530100");
            await AddStaffAsync(Administrator, Role.Administrator, null, "530000");
            var resident = await ResidentAsync();
            for (var i = 0; i < 4; i++)
            {
                ApplicationIds.Add(Guid.Parse((await resident.SubmitAsync(Infrastructure.TestData.Application()))["id"]!.GetValue<string>()));
            }
        }
    }
}

[CollectionDefinition(nameof(FuzzTests), DisableParallelization = true)]
public sealed class FuzzTestsRunAlone;
