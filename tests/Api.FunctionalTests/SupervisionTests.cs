using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 督办 notes, in county 530402 (红塔区) whose applications no other test touches: recorded on the
/// application for staff, hidden from the resident, sent to the department's caseworkers, closed by the decision.
/// </summary>
public abstract class SupervisionTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530402";
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public async Task Supervise_WithinTheRegion_RecordsTheNoteNotifiesTheDepartmentAndClosesOnTheDecision()
    {
        var (resident, caseworker, supervisor, id) = await ArrangeAsync();

        var response = await supervisor.PostAsJsonAsync($"/api/v1/applications/{id}/supervise", new { note = "请加快办理", deadline = "2026-12-04" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await supervisor.DetailAsync(id);
        var note = Assert.Single(detail["supervisionNotes"]!.AsArray())!;
        Assert.Equal(("请加快办理", "2026-12-04", County), (note["note"]!.GetValue<string>(), note["deadline"]!.GetValue<string>(), note["regionCode"]!.GetValue<string>()));
        Assert.StartsWith($"sup-{County}", note["supervisor"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(note["closedAt"]);
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "Supervised" && h["by"]!.GetValue<string>() == "Supervisor");

        var seenByResident = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.DoesNotContain(seenByResident!["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "Supervised");
        Assert.Null(seenByResident["supervisionNotes"]);

        var notices = await caseworker.GetFromJsonAsync<JsonObject>("/api/v1/notifications");
        var notice = Assert.Single(notices!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "SupervisionNote" && n["applicationId"]!.GetValue<string>() == id)!;
        Assert.Equal((id, "2026-12-04"), (notice["applicationId"]!.GetValue<string>(), notice["deadline"]!.GetValue<string>()));
        Assert.Contains(detail["trackingNumber"]!.GetValue<string>(), notice["title"]!.GetValue<string>(), StringComparison.Ordinal);

        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        var decided = await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.NotNull(Assert.Single(decided!["supervisionNotes"]!.AsArray())!["closedAt"]);
    }

    [Fact]
    public async Task Supervise_RetriedWithTheSameIdempotencyKey_RecordsOneNote()
    {
        var (_, _, supervisor, id) = await ArrangeAsync();
        var key = Guid.NewGuid().ToString("N");

        var first = await SuperviseAsync(supervisor, id, key);
        var retry = await SuperviseAsync(supervisor, id, key);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var detail = await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Single(detail!["supervisionNotes"]!.AsArray());
    }

    [Fact]
    public async Task Supervise_OutsideTheSupervisorsRegion_Answers404_AndToCaseworkers()
    {
        var (_, caseworker, _, id) = await ArrangeAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"sup-530403-{suffix}", Role.Supervisor, null, "530403");
        var neighbour = await factory.StaffAsync($"sup-530403-{suffix}");

        var outside = await neighbour.PostAsJsonAsync($"/api/v1/applications/{id}/supervise", new { note = "请加快办理", deadline = "2026-12-04" });
        var byCaseworker = await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/supervise", new { note = "请加快办理", deadline = "2026-12-04" });

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byCaseworker.StatusCode);
    }

    [Theory]
    [InlineData("请加快办理", "2026-12-05", "deadline")]
    [InlineData("请加快办理", "2026-12-01", "deadline")]
    [InlineData("请加快办理", null, "deadline")]
    [InlineData("", "2026-12-04", "note")]
    public async Task Supervise_WithBadInput_Answers400WithTheField(string note, string? deadline, string field)
    {
        var (_, _, supervisor, id) = await ArrangeAsync();

        var response = await supervisor.PostAsJsonAsync($"/api/v1/applications/{id}/supervise", new { note, deadline });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    private async Task<(HttpClient Resident, HttpClient Caseworker, HttpClient Supervisor, string Id)> ArrangeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-{County}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);
        factory.Clock.SetChinaTime(Today, 9);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application(regionCode: County)))["id"]!.GetValue<string>();
        return (resident, await factory.StaffAsync($"cw-housing-{County}-{suffix}"), await factory.StaffAsync($"sup-{County}-{suffix}"), id);
    }

    private static async Task<HttpResponseMessage> SuperviseAsync(HttpClient supervisor, string id, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{id}/supervise")
        {
            Content = JsonContent.Create(new { note = "请在周五前办结", deadline = "2026-12-04" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await supervisor.SendAsync(request);
    }
}

public sealed class SqliteSupervisionTests(SqliteApiFactory factory) : SupervisionTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresSupervisionTests(PostgresApiFactory factory) : SupervisionTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerSupervisionTests(SqlServerApiFactory factory) : SupervisionTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
