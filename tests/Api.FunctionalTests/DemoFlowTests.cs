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
        var civil = await factory.StaffAsync("cw-civil-530102");
        var education = await factory.StaffAsync("cw-edu-530102");
        var submitted = await resident.SubmitAsync(TestData.Dibao(regionCode: "530102"));
        var id = submitted["id"]!.GetValue<string>();

        var queue = await civil.GetFromJsonAsync<JsonObject>("/api/v1/queue");
        var first = queue!["items"]!.AsArray()[0]!;
        var accepted = await civil.PostAsync($"/api/v1/applications/{id}/accept", null);
        var approved = await civil.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "家庭人均收入低于农村低保标准，符合条件。", benefit = "每月 450 元" });
        var decision = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        var educationQueue = await education.GetFromJsonAsync<JsonObject>("/api/v1/queue?status=Approved");

        Assert.Equal(id, first["id"]!.GetValue<string>());
        Assert.Equal("李**", first["applicantName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", decision!["status"]!.GetValue<string>());
        Assert.Equal("家庭人均收入低于农村低保标准，符合条件。", decision["decisionReason"]!.GetValue<string>());
        Assert.Equal("每月 450 元", decision["benefit"]!.GetValue<string>());
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
