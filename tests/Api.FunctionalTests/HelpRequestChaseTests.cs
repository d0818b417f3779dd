using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 求助 chased by the deadline sweep (ADR 0044, ADR 0010) and routing told to the department, over HTTP:
/// 求助即将到期 on the due day to every caseworker of the county, 求助超期 after it to them and the county's
/// supervisors, each once; a handled request is never chased. Each test works in a county of its own.
/// </summary>
public abstract class HelpRequestChaseTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private static readonly string[] HelpKinds = ["HelpRequestDue", "HelpRequestLate", "HelpRequestSent"];

    [Fact]
    public async Task Sweep_RemindsTheCountysCaseworkersOnTheDueDay_ThenTellsThemAndTheSupervisorsOnceItIsLate_OnceEach()
    {
        // Monday 2 November 2026: three working days make it due Thursday 5 November.
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 2), 10);
        var filed = await FileAsync("530103001");
        Assert.Equal("2026-11-05", filed["dueDate"]!.GetValue<string>());
        var id = Guid.Parse(filed["id"]!.GetValue<string>());

        var atFiling = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 4), 9);
        var dayBefore = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 5), 9);
        var dueDay = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 5), 16);
        var dueDayAgain = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 6), 9);
        var late = await factory.SendAsync(new ChaseDeadlinesCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 9), 9);
        var lateAgain = await factory.SendAsync(new ChaseDeadlinesCommand());

        Assert.Equal((0, 0), (atFiling.HelpRequestsDue, atFiling.HelpRequestsLate));
        Assert.Equal((0, 0), (dayBefore.HelpRequestsDue, dayBefore.HelpRequestsLate));
        Assert.Equal((1, 0), (dueDay.HelpRequestsDue, dueDay.HelpRequestsLate));
        Assert.Equal((0, 0), (dueDayAgain.HelpRequestsDue, dueDayAgain.HelpRequestsLate));
        Assert.Equal((0, 1), (late.HelpRequestsDue, late.HelpRequestsLate));
        Assert.Equal((0, 0), (lateAgain.HelpRequestsDue, lateAgain.HelpRequestsLate));
        Assert.Equal(0, lateAgain.Notifications);
        var events = await factory.WithDbAsync(db => db.DeadlineEvents.AsNoTracking().Where(e => e.ApplicationId == id).Select(e => e.Stage.ToString()).ToListAsync());
        Assert.Equal(["HelpRequestDue", "HelpRequestLate"], events.Order());

        // Signed in now: tokens issued days earlier have expired on the service's clock. Any department of the county hears of it.
        var civil = await StaffAsync(Role.Caseworker, "civil", "530103");
        var housing = await StaffAsync(Role.Caseworker, TestData.OneStageDepartment, "530103");
        var supervisor = await StaffAsync(Role.Supervisor, null, "530103");
        var elsewhere = await StaffAsync(Role.Caseworker, "civil", "530111");
        var elsewhereSupervisor = await StaffAsync(Role.Supervisor, null, "530111");

        foreach (var caseworker in new[] { civil, housing })
        {
            var notices = await HelpNoticesAsync(caseworker);
            Assert.Equal(["HelpRequestLate", "HelpRequestDue"], notices.Select(n => n["kind"]!.GetValue<string>()));
            Assert.All(notices, n => Assert.Equal(1, n["count"]!.GetValue<int>()));
            Assert.StartsWith("求助超期", notices[0]["title"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.StartsWith("求助即将到期", notices[1]["title"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.All(notices, n => Assert.Null(n["applicationId"]));
        }

        var supervised = Assert.Single(await HelpNoticesAsync(supervisor));
        Assert.Equal("HelpRequestLate", supervised["kind"]!.GetValue<string>());
        Assert.Empty(await HelpNoticesAsync(elsewhere));
        Assert.Empty(await HelpNoticesAsync(elsewhereSupervisor));

        // The digest lists no applications (the console opens 群众求助 for it); the request is the overdue one there.
        var noticeId = supervised["id"]!.GetValue<long>();
        Assert.Empty((await supervisor.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{noticeId}/applications"))!);
        var inbox = (await civil.GetFromJsonAsync<JsonObject>("/api/v1/help-requests"))!;
        Assert.True(inbox["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id.ToString())!["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task HelpRequest_AnsweredBeforeItsDueDate_IsNeverChased()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 9), 10);
        var id = (await FileAsync("530111"))["id"]!.GetValue<string>();
        var caseworker = await StaffAsync(Role.Caseworker, "health", "530111");
        var answered = await caseworker.PostAsJsonAsync($"/api/v1/help-requests/{id}/answer", new { reply = "已请社区网格员明天上门了解情况。", expectedVersion = (Guid?)null });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        // Due Thursday 12 November; swept then, after, and well after.
        foreach (var day in new[] { 12, 13, 16, 30 })
        {
            factory.Clock.SetChinaTime(new DateOnly(2026, 11, day), 9);
            await factory.SendAsync(new ChaseDeadlinesCommand());
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.DeadlineEvents.CountAsync(e => e.ApplicationId == Guid.Parse(id))));
        Assert.Empty(await HelpNoticesAsync(await StaffAsync(Role.Caseworker, "civil", "530111")));
        Assert.Empty(await HelpNoticesAsync(await StaffAsync(Role.Supervisor, null, "530111")));
    }

    [Fact]
    public async Task Route_TellsTheRoutedDepartmentsCaseworkersInTheCounty_AndTheRequestIsNoLongerChased()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 16), 11);
        var id = (await FileAsync("530112"))["id"]!.GetValue<string>();
        var router = await StaffAsync(Role.Caseworker, "health", "530112");

        var routed = await router.PostAsJsonAsync($"/api/v1/help-requests/{id}/route", new
        {
            itemCode = "civil.temporary-aid",
            reply = "您家受灾可以申请临时救助，在平台上点“临时救助”填写。",
            expectedVersion = (Guid?)null,
        });
        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);

        foreach (var day in new[] { 19, 20, 23 })
        {
            factory.Clock.SetChinaTime(new DateOnly(2026, 11, day), 9);
            await factory.SendAsync(new ChaseDeadlinesCommand());
        }

        var civil = await StaffAsync(Role.Caseworker, "civil", "530112");
        var told = Assert.Single(await HelpNoticesAsync(civil));
        Assert.Equal("HelpRequestSent", told["kind"]!.GetValue<string>());
        Assert.Equal("群众求助已转来：一条求助已转到本部门的“临时救助”，群众可能会来申请。", told["title"]!.GetValue<string>());
        Assert.Null(told["applicationId"]);

        // Not the department that routed it, not the civil affairs of another county, not the supervisors.
        Assert.Empty(await HelpNoticesAsync(await StaffAsync(Role.Caseworker, "health", "530112")));
        Assert.Empty(await HelpNoticesAsync(await StaffAsync(Role.Caseworker, "civil", "530113")));
        Assert.Empty(await HelpNoticesAsync(await StaffAsync(Role.Supervisor, null, "530112")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.DeadlineEvents.CountAsync(e => e.ApplicationId == Guid.Parse(id))));

        // The department's caseworker can open it in 群众求助 (the handled list).
        var handled = (await civil.GetFromJsonAsync<JsonObject>("/api/v1/help-requests?handled=true"))!["items"]!.AsArray();
        Assert.Equal("civil.temporary-aid", handled.Single(i => i!["id"]!.GetValue<string>() == id)!["itemCode"]!.GetValue<string>());
    }

    private async Task<JsonObject> FileAsync(string placeCode)
    {
        var response = await factory.CreateClient().PostAsJsonAsync(
            "/api/v1/help-requests", new { text = "家里老人瘫痪在床，我下岗了，不知道该申请什么。", placeCode, phone = TestData.Phone() });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<HttpClient> StaffAsync(Role role, string? department, string county)
    {
        var username = $"hc-{role.ToString().ToLowerInvariant()}-{county}-{Guid.NewGuid().ToString("N")[..8]}";
        await factory.AddStaffAsync(username, role, department, county);
        return await factory.StaffAsync(username);
    }

    private static async Task<List<JsonNode>> HelpNoticesAsync(HttpClient staff) =>
        [.. (await staff.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
            .Where(n => HelpKinds.Contains(n!["kind"]!.GetValue<string>())).Select(n => n!)];
}

public sealed class SqliteHelpRequestChaseTests(SqliteApiFactory factory) : HelpRequestChaseTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresHelpRequestChaseTests(PostgresApiFactory factory) : HelpRequestChaseTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerHelpRequestChaseTests(SqlServerApiFactory factory) : HelpRequestChaseTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
