using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class HealthAndCatalogTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WhenDatabaseIsMigrated_Answers200(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetCatalog_ListsSevenDepartmentsAndFifteenItemsWithTheirQuestions()
    {
        var catalog = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/api/v1/catalog");

        var departments = catalog!["departments"]!.AsArray();
        Assert.Equal(["civil", "medins", "health", "edu", "hrss", "housing", "water"], departments.Select(d => d!["code"]!.GetValue<string>()));
        var items = departments.SelectMany(d => d!["items"]!.AsArray()).ToList();
        Assert.Equal(15, items.Count);
        var dibao = items.Single(i => i!["code"]!.GetValue<string>() == "civil.dibao")!;
        Assert.Equal(30, dibao["timeLimitWorkingDays"]!.GetValue<int>());
        Assert.Equal("最低生活保障（低保）", dibao["name"]!.GetValue<string>());
        Assert.Contains(dibao["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "householdSize" && f["type"]!.GetValue<string>() == "integer" && f["required"]!.GetValue<bool>());
        Assert.NotEmpty(dibao["documents"]!.AsArray());
        Assert.Equal(1, items.Single(i => i!["code"]!.GetValue<string>() == "medins.enrolment")!["timeLimitWorkingDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetRegions_WithoutParent_ListsThe16Prefectures()
    {
        var regions = await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/v1/regions");

        Assert.Equal(16, regions!.Count);
        Assert.Contains(regions, r => r!["code"]!.GetValue<string>() == "530100" && r["name"]!.GetValue<string>() == "昆明市" && r["level"]!.GetValue<string>() == "prefecture");
    }

    [Fact]
    public async Task GetRegions_UnderKunming_IncludesWuhuaDistrict()
    {
        var regions = await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/v1/regions?parent=530100");

        Assert.Contains(regions!, r => r!["code"]!.GetValue<string>() == "530102" && r["name"]!.GetValue<string>() == "五华区");
    }

    [Fact]
    public async Task GetRegions_UnderWuhua_ListsTownships()
    {
        var regions = await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/v1/regions?parent=530102");

        Assert.NotEmpty(regions!);
        Assert.All(regions!, r => Assert.Equal("township", r!["level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetRegions_WithUnknownParent_Answers404ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/regions?parent=999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteHealthAndCatalogTests(SqliteApiFactory factory) : HealthAndCatalogTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresHealthAndCatalogTests(PostgresApiFactory factory) : HealthAndCatalogTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerHealthAndCatalogTests(SqlServerApiFactory factory) : HealthAndCatalogTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
