using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// What staff read after a sweep: 催办 for the department, 督办 for the county supervisors. Each test
/// works in a county of its own, so that the notices of one never show in another.
/// </summary>
public abstract class DeadlineNotificationTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private async Task<(HttpClient Department, HttpClient Education, HttpClient Supervisor)> StaffOfAsync(string county)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"cw-housing-{county}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, county);
        await factory.AddStaffAsync($"cw-edu-{county}-{suffix}", Role.Caseworker, "edu", county);
        await factory.AddStaffAsync($"sup-{county}-{suffix}", Role.Supervisor, null, county);
        return (await factory.StaffAsync($"cw-housing-{county}-{suffix}"), await factory.StaffAsync($"cw-edu-{county}-{suffix}"), await factory.StaffAsync($"sup-{county}-{suffix}"));
    }

    [Fact]
    public async Task Sweep_RemindsTheDepartment_ThenSupervisesTheOverdueCase_AndStaffReadTheirNotices()
    {
        // Monday 2 November 2026, 10:00: filed; intake (1 working day) is due Tuesday 3 November, and
        // is reminded of on that day, not at once.
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 2), 10);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application(regionCode: "530103")))["id"]!.GetValue<string>();

        var atFiling = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 3), 9);
        var first = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 4), 9);
        var second = await factory.SendAsync(new ChaseDeadlinesCommand());

        // Signed in now: tokens issued two days earlier have expired on the service's clock.
        var (housing, education, county) = await StaffOfAsync("530103");

        Assert.Equal(0, atFiling.Reminded);
        Assert.Equal(1, first.Reminded);
        Assert.Equal(1, second.Overdue);
        var housingNotices = await housing.GetFromJsonAsync<JsonObject>("/api/v1/notifications");
        var kinds = housingNotices!["items"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["Supervision", "Reminder"], kinds);
        Assert.Equal(2, housingNotices["unread"]!.GetValue<int>());
        Assert.Contains("催办", housingNotices["items"]!.AsArray()[1]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await education.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray());
        var supervisorNotices = await county.GetFromJsonAsync<JsonObject>("/api/v1/notifications");
        Assert.Equal("Supervision", Assert.Single(supervisorNotices!["items"]!.AsArray())!["kind"]!.GetValue<string>());

        var queue = await housing.GetFromJsonAsync<JsonObject>("/api/v1/queue");
        Assert.Equal("Overdue", queue!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!["slaState"]!.GetValue<string>());
    }

    [Fact]
    public async Task MarkRead_SetsTheReadFlag_OnlyForTheReader()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 9), 10);
        var resident = await factory.ResidentAsync();
        await resident.SubmitAsync(TestData.Application(regionCode: "530111"));
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 10), 9);
        resident = await factory.ResidentAsync();
        await factory.SendAsync(new ChaseDeadlinesCommand());
        var (housing, education, _) = await StaffOfAsync("530111");
        var notice = (await housing.GetFromJsonAsync<JsonObject>("/api/v1/notifications?unreadOnly=true"))!["items"]!.AsArray()[0]!;
        var noticeId = notice["id"]!.GetValue<long>();

        var marked = await housing.PostAsync($"/api/v1/notifications/{noticeId}/read", null);
        var unread = await housing.GetFromJsonAsync<JsonObject>("/api/v1/notifications?unreadOnly=true");
        var foreign = await education.PostAsync($"/api/v1/notifications/{noticeId}/read", null);
        var resident404 = await resident.GetAsync("/api/v1/notifications");

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.DoesNotContain(unread!["items"]!.AsArray(), n => n!["id"]!.GetValue<long>() == noticeId);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resident404.StatusCode);
    }

    [Fact]
    public async Task Sweep_SkipsApplicationsWaitingForTheResident()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 16), 10);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);
        await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充房屋照片" });

        factory.Clock.SetChinaTime(new DateOnly(2027, 3, 1), 10);
        await factory.SendAsync(new ChaseDeadlinesCommand());

        var events = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.DeadlineEvents, e => e.ApplicationId == Guid.Parse(id)));
        Assert.Equal(0, events);
    }
}

public sealed class SqliteDeadlineNotificationTests(SqliteApiFactory factory) : DeadlineNotificationTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresDeadlineNotificationTests(PostgresApiFactory factory) : DeadlineNotificationTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerDeadlineNotificationTests(SqlServerApiFactory factory) : DeadlineNotificationTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
