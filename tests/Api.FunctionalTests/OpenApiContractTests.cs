using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Applications;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The API document is the contract (ADR 0033): real answers, including the error paths (bad body,
/// unknown property, invalid transition, stale version, 429), each match the schema the document
/// declares for their status, on every provider.
/// </summary>
public abstract class OpenApiContractTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task RepresentativeAnswers_SuccessesAndErrors_AllMatchTheDocumentsSchemaForTheirStatus()
    {
        var checker = new OpenApiResponseChecker((await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!);
        var anonymous = factory.CreateClient();
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var answers = new List<(string Call, int Status, List<string> Problems)>();
        async Task<JsonObject?> CallAsync(HttpClient client, HttpMethod method, string path, string? json = null)
        {
            using var request = new HttpRequestMessage(method, path);
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            answers.Add(($"{method} {path}", (int)response.StatusCode, checker.Check(method.Method, path, (int)response.StatusCode, response.Content.Headers.ContentType, body)));
            return body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonNode.Parse(body)!.AsObject() : null;
        }

        string Json(object body) => System.Text.Json.JsonSerializer.Serialize(body);
        var application = JsonNode.Parse(Json(TestData.Application()))!.AsObject();
        await CallAsync(anonymous, HttpMethod.Get, "/api/v1/catalog");
        var id = (await CallAsync(resident, HttpMethod.Post, "/api/v1/applications", application.ToJsonString()))!["id"]!.GetValue<string>();
        await CallAsync(resident, HttpMethod.Get, $"/api/v1/applications/{id}");
        await CallAsync(resident, HttpMethod.Get, "/api/v1/applications/mine");
        var unknown = (JsonObject)application.DeepClone();
        unknown["applicantNickname"] = "小李";
        var refusedUnknown = await CallAsync(resident, HttpMethod.Post, "/api/v1/applications", unknown.ToJsonString());
        await CallAsync(resident, HttpMethod.Post, "/api/v1/applications", "{\"itemCode\": ");
        await CallAsync(resident, HttpMethod.Post, "/api/v1/applications", Json(new { itemCode = "civil.dibao", regionCode = "530102", description = "" }));
        await CallAsync(caseworker, HttpMethod.Get, "/api/v1/queue?pageSize=5");
        var accepted = await CallAsync(caseworker, HttpMethod.Post, $"/api/v1/applications/{id}/accept");
        var twice = await CallAsync(caseworker, HttpMethod.Post, $"/api/v1/applications/{id}/accept");
        var stale = await CallAsync(caseworker, HttpMethod.Post, $"/api/v1/applications/{id}/reject", Json(new { reason = "不符合条件。", expectedVersion = Guid.NewGuid() }));
        await CallAsync(caseworker, HttpMethod.Post, $"/api/v1/applications/{id}/approve", Json(new { reason = "", benefit = "每月 800 元" }));
        await CallAsync(caseworker, HttpMethod.Get, $"/api/v1/applications/{id}");
        await CallAsync(caseworker, HttpMethod.Get, $"/api/v1/applications/{Guid.NewGuid()}");
        await CallAsync(caseworker, HttpMethod.Get, "/api/v1/queue?pageSize=100000");
        var phone = TestData.Phone();
        await CallAsync(anonymous, HttpMethod.Post, "/api/v1/auth/otp", Json(new { phone }));
        await CallAsync(anonymous, HttpMethod.Post, "/api/v1/auth/otp", Json(new { phone }));

        foreach (var (call, status, problems) in answers)
        {
            output.WriteLine($"{factory.Provider}: {call} → {status}{(problems.Count == 0 ? "" : " ✗ " + string.Join("; ", problems))}");
        }

        Assert.Equal("applicantNickname", refusedUnknown!["errors"]!.AsObject().Single().Key);
        Assert.NotNull(accepted!["version"]);
        Assert.Equal("invalid-transition", twice!["code"]!.GetValue<string>());
        Assert.Equal("concurrency-conflict", stale!["code"]!.GetValue<string>());
        Assert.Equal([200, 201, 202, 400, 404, 409, 429], answers.Select(a => a.Status).Distinct().Order().ToArray());
        Assert.Empty(answers.SelectMany(a => a.Problems));
    }
}

public sealed class SqliteOpenApiContractTests(SqliteApiFactory factory, ITestOutputHelper output)
    : OpenApiContractTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresOpenApiContractTests(PostgresApiFactory factory, ITestOutputHelper output)
    : OpenApiContractTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

/// <summary>What the document declares, with a control for each claim; and the document written for the test command's Spectral run.</summary>
public sealed class OpenApiDocumentTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    private async Task<JsonObject> DocumentAsync() => (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;

    [Theory]
    [InlineData("ApplicationDetailsDto", "pendingExtension")]
    [InlineData("ApplicationDetailsDto", "informationRequest")]
    [InlineData("CalendarYearDto", "lastRevision")]
    [InlineData("JobDto", "lastRun")]
    public async Task OptionalObjects_AreDeclaredNullable(string schema, string property)
    {
        var declared = (await DocumentAsync())["components"]!["schemas"]![schema]!["properties"]![property]!;

        Assert.True(declared["nullable"]?.GetValue<bool>(), declared.ToJsonString());
        Assert.NotNull(declared["allOf"]![0]!["$ref"]);
    }

    [Fact]
    public async Task AnObjectThatIsAlwaysThere_IsNotDeclaredNullable()
    {
        var applicant = (await DocumentAsync())["components"]!["schemas"]!["ApplicationDetailsDto"]!["properties"]!["applicant"]!;

        Assert.Null(applicant["nullable"]);
    }

    [Theory]
    [InlineData("/api/v1/applications/{id}/supplement")]
    [InlineData("/api/v1/applications/{id}/not-accept")]
    [InlineData("/api/v1/applications/{id}/approve")]
    [InlineData("/api/v1/applications/{id}/reject")]
    [InlineData("/api/v1/applications/{id}/transfer")]
    [InlineData("/api/v1/applications/{id}/extension")]
    [InlineData("/api/v1/applications/{id}/accept")]
    [InlineData("/api/v1/applications/{id}/claim")]
    public async Task ApplicationActions_Declare400And409AsProblemDetails(string path)
    {
        var responses = (await DocumentAsync())["paths"]![path]!["post"]!["responses"]!;

        Assert.Contains("HttpValidationProblemDetails", responses["400"]!["content"]!["application/problem+json"]!["schema"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("invalid-transition", responses["409"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("concurrency-conflict", responses["409"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitedRoutes_Declare429WithRetryAfter_AndOthersDoNot()
    {
        var paths = (await DocumentAsync())["paths"]!;

        foreach (var path in new[] { "/api/v1/auth/otp", "/api/v1/auth/otp/verify", "/api/v1/auth/staff/login" })
        {
            Assert.NotNull(paths[path]!["post"]!["responses"]!["429"]!["headers"]!["Retry-After"]);
        }

        Assert.Null(paths["/api/v1/applications/{id}/approve"]!["post"]!["responses"]!["429"]);
        Assert.Null(paths["/api/v1/catalog"]!["get"]!["responses"]!["409"]);
        Assert.Null(paths["/api/v1/catalog"]!["get"]!["responses"]!["400"]);
    }

    [Fact]
    public async Task TheValidatorsLimits_AreInTheDocument_AndAFieldWithoutARuleHasNone()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        var queue = document["paths"]!["/api/v1/queue"]!["get"]!["parameters"]!.AsArray();

        Assert.Equal(ReliefApplication.ReasonMaxLength - 40, schemas["ReasonRequest"]!["properties"]!["reason"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(1, schemas["ReasonRequest"]!["properties"]!["reason"]!["minLength"]!.GetValue<int>());
        Assert.Null(schemas["ReasonRequest"]!["properties"]!["expectedVersion"]!["maxLength"]);
        Assert.Equal(100, schemas["BulkAcceptApplicationsCommand"]!["properties"]!["ids"]!["maxItems"]!.GetValue<int>());
        Assert.Equal(5, schemas["RatingRequest"]!["properties"]!["score"]!["maximum"]!.GetValue<int>());
        Assert.Equal(100, queue.Single(p => p!["name"]!.GetValue<string>() == "pageSize")!["schema"]!["maximum"]!.GetValue<int>());
        Assert.Null(queue.Single(p => p!["name"]!.GetValue<string>() == "status")!["schema"]!["maxLength"]);
    }

    [Fact]
    public async Task OnlyRequestSchemas_AreClosedToUndeclaredProperties()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        Assert.False(schemas["ReasonRequest"]!["additionalProperties"]!.GetValue<bool>());
        Assert.False(schemas["ApplicantInput"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Null(schemas["ApplicationDetailsDto"]!["additionalProperties"]);
    }

    /// <summary>./build.sh test lints this file with Spectral (tools/spectral/.spectral.yaml) after the tests.</summary>
    [Fact]
    public async Task TheDocument_IsWrittenForTheTestCommandsSpectralRun()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReliefPlatform.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("ReliefPlatform.sln not found above the test assembly.");
        }

        var file = Path.Combine(root, "artifacts", "openapi", "swagger.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, (await DocumentAsync()).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        Assert.True(new FileInfo(file).Length > 10_000);
    }
}
