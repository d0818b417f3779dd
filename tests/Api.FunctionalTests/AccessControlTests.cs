using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class AccessControlTests<TFactory>(TFactory factory) : IAsyncLifetime
    where TFactory : ApiFactory
{
    private HttpClient _owner = null!;
    private string _id = null!;

    public async Task InitializeAsync()
    {
        _owner = await factory.ResidentAsync();
        _id = (await _owner.SubmitAsync(TestData.Dibao()))["id"]!.GetValue<string>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetApplication_ByAnotherResident_Answers404()
    {
        var stranger = await factory.ResidentAsync();

        var response = await stranger.GetAsync($"/api/v1/applications/{_id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Withdraw_ByAnotherResident_Answers404AndChangesNothing()
    {
        var stranger = await factory.ResidentAsync();

        var response = await stranger.PostAsync($"/api/v1/applications/{_id}/withdraw", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Submitted", (await _owner.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{_id}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherDepartmentsCaseworker_NeitherSeesNorActs()
    {
        var education = await factory.StaffAsync("cw-edu-530102");

        var queue = await education.GetFromJsonAsync<JsonObject>("/api/v1/queue");
        var read = await education.GetAsync($"/api/v1/applications/{_id}");
        var accept = await education.PostAsync($"/api/v1/applications/{_id}/accept", null);

        Assert.DoesNotContain(queue!["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == _id);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }

    [Fact]
    public async Task SameDepartmentInAnotherCounty_NeitherSeesNorActs()
    {
        var username = $"cw-civil-530302-{Guid.NewGuid():N}"[..30];
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530302");
        var qujing = await factory.StaffAsync(username);

        var read = await qujing.GetAsync($"/api/v1/applications/{_id}");
        var reject = await qujing.PostAsJsonAsync($"/api/v1/applications/{_id}/not-accept", new { reason = "x" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
    }

    [Theory]
    [InlineData("sup-530102", HttpStatusCode.OK)]
    [InlineData("sup-530100", HttpStatusCode.OK)]
    [InlineData("sup-530000", HttpStatusCode.OK)]
    public async Task Supervisor_OfTheRegionOrAbove_ReadsButCannotAct(string username, HttpStatusCode expected)
    {
        var supervisor = await factory.StaffAsync(username);

        var read = await supervisor.GetAsync($"/api/v1/applications/{_id}");
        var accept = await supervisor.PostAsync($"/api/v1/applications/{_id}/accept", null);

        Assert.Equal(expected, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }

    [Fact]
    public async Task Supervisor_OfAnotherPrefecture_Answers404()
    {
        var username = $"sup-530300-{Guid.NewGuid():N}"[..24];
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530300");
        var qujing = await factory.StaffAsync(username);

        var response = await qujing.GetAsync($"/api/v1/applications/{_id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotReadApplications()
    {
        var admin = await factory.StaffAsync("admin");

        var response = await admin.GetAsync($"/api/v1/applications/{_id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Resident_CannotUseTheQueueOrCaseworkerActions()
    {
        var queue = await _owner.GetAsync("/api/v1/queue");
        var approve = await _owner.PostAsJsonAsync($"/api/v1/applications/{_id}/approve", new { reason = "自己批准" });

        Assert.Equal(HttpStatusCode.NotFound, queue.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
    }

    [Fact]
    public async Task MyApplications_ListsOnlyTheResidentsOwn()
    {
        var other = await factory.ResidentAsync();
        await other.SubmitAsync(TestData.Dibao());

        var mine = await _owner.GetFromJsonAsync<JsonArray>("/api/v1/applications/mine");

        Assert.Equal(_id, Assert.Single(mine!)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Detail_MasksIdNumberAndPhone()
    {
        var detail = await _owner.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{_id}");

        Assert.Matches(@"^\d{4}\*{10}[\dX]{4}$", detail!["applicant"]!["idNumber"]!.GetValue<string>());
        Assert.Matches(@"^\d{3}\*{4}\d{4}$", detail["applicant"]!["phone"]!.GetValue<string>());
    }
}

public sealed class SqliteAccessControlTests(SqliteApiFactory factory) : AccessControlTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresAccessControlTests(PostgresApiFactory factory) : AccessControlTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerAccessControlTests(SqlServerApiFactory factory) : AccessControlTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
