using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

public sealed class EndpointPolicyTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public void EveryEndpoint_DeclaresWhoMayCallIt()
    {
        _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => !e.Metadata.OfType<IAuthorizeData>().Any() && !e.Metadata.OfType<IAllowAnonymous>().Any())
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(endpoints.Count >= 17, $"Only {endpoints.Count} endpoints found.");
        Assert.True(undeclared.Count == 0, "Endpoints without an authorization policy: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Swagger_InDevelopment_ServesTheContractWithEveryRoute()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/applications", paths);
        Assert.Contains("/api/v1/applications/{id}/accept", paths);
        Assert.Contains("/api/v1/queue", paths);
        Assert.Contains("/api/v1/auth/otp/verify", paths);
        Assert.Contains("/api/v1/catalog", paths);
        Assert.NotNull(document["components"]!["securitySchemes"]!["Bearer"]);
    }

    [Theory]
    [InlineData("SubmitApplicationCommand", "itemCode", "description")]
    [InlineData("SubmitApplicationCommand", "regionCode", "description")]
    [InlineData("TransferRequest", "departmentCode", "reason")]
    public async Task Swagger_DescribesTheCodes_AsThePlainStringsTheyAreOnTheWire(string schema, string code, string text)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        // A string like the text beside it, with the code type's own length limit (ADR 0033).
        var properties = document!["components"]!["schemas"]![schema]!["properties"]!;
        Assert.Equal(properties[text]!["type"]!.ToJsonString(), properties[code]!["type"]!.ToJsonString());
        Assert.Null(properties[code]!["properties"]);
        Assert.True(properties[code]!["maxLength"]!.GetValue<int>() is > 0 and <= 48);
    }

    [Fact]
    public async Task Swagger_DescribesTheDetailsAllowedActions_FromTheDtosXmlDoc()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        var description = document!["components"]!["schemas"]!["ApplicationDetailsDto"]!["properties"]!["allowedActions"]!["description"]?.GetValue<string>();
        Assert.Contains("Withdrawn", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/applications/{id}/approve", "post", "ApplicationActionResult")]
    [InlineData("/api/v1/applications/{id}/supplement", "post", "ApplicationActionResult")]
    [InlineData("/api/v1/applications/{id}/extension/approve", "post", "ApplicationActionResult")]
    [InlineData("/api/v1/applications/{id}", "get", "ApplicationDetailsDto")]
    public async Task Swagger_ActionsAnswerTheirResult_AndTheDetailIsItsOwnRead(string path, string method, string schema)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        var ok = document!["paths"]![path]![method]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
        Assert.Equal($"#/components/schemas/{schema}", ok);
        Assert.Contains("expectedVersion", document["components"]!["schemas"]!["ApplicationActionResult"]!["properties"]!["version"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/auth/logout", "post")]
    [InlineData("/api/v1/auth/staff/totp/verify", "post")]
    [InlineData("/api/v1/auth/staff/totp/enrol", "post")]
    [InlineData("/api/v1/auth/staff/totp/confirm", "post")]
    [InlineData("/api/v1/auth/staff/password", "post")]
    [InlineData("/api/v1/admin/staff", "get")]
    [InlineData("/api/v1/admin/staff", "post")]
    [InlineData("/api/v1/admin/staff/{id}", "get")]
    [InlineData("/api/v1/admin/staff/{id}/disable", "post")]
    [InlineData("/api/v1/admin/staff/{id}/enable", "post")]
    [InlineData("/api/v1/admin/staff/{id}/rescope", "post")]
    [InlineData("/api/v1/admin/staff/{id}/totp/reset", "post")]
    [InlineData("/api/v1/admin/staff/{id}/unlock", "post")]
    public async Task Swagger_DescribesTheSignInAndStaffAccountRoutes_WithASummaryAndTheirAuthAnswers(string path, string method)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        var operation = document!["paths"]![path]![method]!;
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()));
        Assert.NotNull(operation["responses"]!["401"]);
    }

    [Fact]
    public async Task SwaggerUi_InDevelopment_IsServed()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_ForAnonymousCallers_Answers401_BecauseTheFallbackPolicyRequiresSignIn()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_ForSignedInCallers_Answers404ProblemDetails()
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
