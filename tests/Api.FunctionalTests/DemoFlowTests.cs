using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The issue's acceptance walk-through, on a fresh database of its own.</summary>
public abstract class DemoFlowTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task DemoFlow_ResidentApplies_CaseworkerAcceptsAndApproves_ResidentReadsTheDecision()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var education = await factory.StaffAsync("cw-edu-530102");
        var submitted = await resident.SubmitAsync(TestData.Application(regionCode: "530102"));
        var id = submitted["id"]!.GetValue<string>();

        var queue = await housing.GetFromJsonAsync<JsonObject>("/api/v1/queue");
        var first = queue!["items"]!.AsArray()[0]!;
        var accepted = await housing.PostAsync($"/api/v1/applications/{id}/accept", null);
        var approved = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "经入户查看，房屋属 C 级危房，符合改造条件。", benefit = "补助 2 万元" });
        var decision = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        var educationQueue = await education.GetFromJsonAsync<JsonObject>("/api/v1/queue?status=Approved");

        Assert.Equal(id, first["id"]!.GetValue<string>());
        Assert.Equal("李**", first["applicantName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", decision!["status"]!.GetValue<string>());
        Assert.Equal("经入户查看，房屋属 C 级危房，符合改造条件。", decision["decisionReason"]!.GetValue<string>());
        Assert.Equal("补助 2 万元", decision["benefit"]!.GetValue<string>());
        Assert.Equal(
            ["Submitted:Resident", "Accepted:Caseworker", "Approved:Caseworker"],
            decision["history"]!.AsArray().Select(h => $"{h!["action"]}:{h["by"]}"));
        Assert.Empty(educationQueue!["items"]!.AsArray());
        Assert.Equal(0, (await education.GetFromJsonAsync<JsonObject>("/api/v1/queue"))!["total"]!.GetValue<int>());
    }
}

public sealed class SqliteDemoFlowTests(SqliteApiFactory factory) : DemoFlowTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresDemoFlowTests(PostgresApiFactory factory) : DemoFlowTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerDemoFlowTests(SqlServerApiFactory factory) : DemoFlowTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
