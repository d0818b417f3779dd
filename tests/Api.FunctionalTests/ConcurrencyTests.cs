using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class ConcurrencyTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task TwoCaseworkersAcceptTheSameApplicationAtOnce_OneWinsAndTheOtherGets409()
    {
        var second = $"cw2-housing-{Guid.NewGuid():N}"[..24];
        await factory.AddStaffAsync(second, Role.Caseworker, TestData.OneStageDepartment, "530102");
        var alice = await factory.StaffAsync(TestData.OneStageCaseworker);
        var bob = await factory.StaffAsync(second);
        var resident = await factory.ResidentAsync();

        for (var round = 0; round < 5; round++)
        {
            var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

            var responses = await Task.WhenAll(
                alice.PostAsync($"/api/v1/applications/{id}/accept", null),
                bob.PostAsync($"/api/v1/applications/{id}/accept", null));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var applicationId = Guid.Parse(id);
            var acceptedEntries = await factory.WithDbAsync(db => db.ApplicationHistory.CountAsync(h => h.ApplicationId == applicationId && h.Action == Domain.Applications.ApplicationAction.Accepted));
            Assert.Equal(1, acceptedEntries);
        }
    }

    [Fact]
    public async Task ApproveAndRejectRacing_ExactlyOneDecisionStands()
    {
        var alice = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await alice.PostAsync($"/api/v1/applications/{id}/accept", null);

        var responses = await Task.WhenAll(
            alice.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件" }),
            alice.PostAsJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "不符合条件" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var winner = await responses.Single(r => r.IsSuccessStatusCode).JsonAsync();
        var stored = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Equal(winner["status"]!.GetValue<string>(), stored!["status"]!.GetValue<string>());
        Assert.Equal(3, stored["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task ActionWithAStaleExpectedVersion_Answers409AndChangesNothing()
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        var seen = (await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["version"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);

        var stale = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "不符合条件", expectedVersion = seen });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("concurrency-conflict", (await stale.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal("Accepted", (await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["status"]!.GetValue<string>());
    }
}

public sealed class SqliteConcurrencyTests(SqliteApiFactory factory) : ConcurrencyTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresConcurrencyTests(PostgresApiFactory factory) : ConcurrencyTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerConcurrencyTests(SqlServerApiFactory factory) : ConcurrencyTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
