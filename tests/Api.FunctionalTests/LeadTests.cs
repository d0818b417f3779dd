using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Monitoring.ChaseLeads;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>线索: raised, chased as their 15 days run out, decided once, and counted in the supervisor's monitoring view.</summary>
public abstract class LeadTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task ALead_IsRemindedThreeDaysBefore_ReportedWhenOverdue_ThenDecided_EachNoticeOnce()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 1), 9);
        var official = await factory.StaffAsync("cw-health-530102");
        var supervisor = await factory.StaffAsync("sup-530102");
        var raised = await (await official.PostAsJsonAsync("/api/v1/leads", new { regionCode = "530102001001", subject = "村民反映李家男主人外出务工受伤，家里没了收入" })).JsonAsync();
        var id = raised["id"]!.GetValue<string>();
        Assert.Equal(("2026-12-16", 15, "Open"), (raised["dueDate"]!.GetValue<string>(), raised["daysLeft"]!.GetValue<int>(), raised["status"]!.GetValue<string>()));

        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 12), 9);
        var early = await factory.SendAsync(new ChaseLeadsCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 13), 9);
        var reminded = await factory.SendAsync(new ChaseLeadsCommand());
        var again = await factory.SendAsync(new ChaseLeadsCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 17), 9);
        var overdue = await factory.SendAsync(new ChaseLeadsCommand());

        // Sixteen days on, the morning's sign-ins have long ended.
        official = await factory.StaffAsync("cw-health-530102");
        supervisor = await factory.StaffAsync("sup-530102");
        var summary = await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/monitoring");

        Assert.Equal((0, 0), (early.Reminded, early.ReportedOverdue));
        Assert.True(reminded.Reminded >= 1);
        Assert.Equal((0, 0), (again.Reminded, again.ReportedOverdue));
        Assert.True(overdue.ReportedOverdue >= 1);
        Assert.Contains((await official.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "LeadReminder");
        Assert.Contains((await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "LeadOverdue");
        Assert.True(summary!["overdueLeads"]!.GetValue<int>() >= 1);
        var listed = await official.GetFromJsonAsync<JsonObject>("/api/v1/leads?overdue=true&pageSize=100");
        Assert.Contains(listed!["items"]!.AsArray(), l => l!["id"]!.GetValue<string>() == id && l["overdue"]!.GetValue<bool>());

        var tooSoon = await official.PostAsJsonAsync($"/api/v1/leads/{id}/decide", new { decision = "Included", reason = "收入骤减，纳入监测", noticeFrom = "2026-12-14" });
        var included = await official.PostAsJsonAsync($"/api/v1/leads/{id}/decide", new { decision = "Included", reason = "收入骤减，纳入监测", noticeFrom = "2026-12-11" });
        var twice = await official.PostAsJsonAsync($"/api/v1/leads/{id}/decide", new { decision = "NotIncluded", reason = "再来一次" });

        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Equal("notice-too-short", (await tooSoon.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, included.StatusCode);
        Assert.Equal(("Included", "已纳入监测"), ((await included.JsonAsync())["status"]!.GetValue<string>(), (await included.JsonAsync())["statusText"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task TheSupervisorView_CountsHouseholdsByLevelAndGroup_PerCounty_AndListsThoseThatWorsened()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 20), 9);
        var official = await factory.StaffAsync("cw-civil-530102");
        var prefecture = await factory.StaffAsync("sup-530100");
        var before = await prefecture.GetFromJsonAsync<JsonObject>("/api/v1/reports/monitoring");
        var household = await (await official.PostAsJsonAsync("/api/v1/households", new
        {
            regionCode = "530102001001",
            headName = "王小兰",
            members = new[] { new { name = "王小兰", idNumber = TestData.IdNumber(), relation = "head" } },
            perCapitaIncome = 3_000,
            unavoidableSpending = 0,
            hardships = Array.Empty<string>(),
            formerlyPoor = true,
        })).JsonAsync();
        await official.PutAsJsonAsync($"/api/v1/households/{household["id"]}", new
        {
            headName = "王小兰",
            members = new[] { new { name = "王小兰", idNumber = TestData.IdNumber(), relation = "head" } },
            perCapitaIncome = 3_000,
            unavoidableSpending = 0,
            hardships = Array.Empty<string>(),
            formerlyPoor = true,
        });
        var greenFirst = await (await official.PostAsJsonAsync("/api/v1/households", new
        {
            regionCode = "530102001001",
            headName = "赵大山",
            members = new[] { new { name = "赵大山", idNumber = TestData.IdNumber(), relation = "head" } },
            perCapitaIncome = 20_000,
            unavoidableSpending = 0,
            hardships = Array.Empty<string>(),
            formerlyPoor = false,
        })).JsonAsync();
        await official.PutAsJsonAsync($"/api/v1/households/{greenFirst["id"]}", new
        {
            headName = "赵大山",
            members = new[] { new { name = "赵大山", idNumber = TestData.IdNumber(), relation = "head" } },
            perCapitaIncome = 20_000,
            unavoidableSpending = 0,
            hardships = new[] { "LossOfWork" },
            formerlyPoor = false,
        });

        var after = await prefecture.GetFromJsonAsync<JsonObject>("/api/v1/reports/monitoring");

        var wuhua = after!["regions"]!.AsArray().Single(r => r!["regionCode"]!.GetValue<string>() == "530102")!;
        var wuhuaBefore = before!["regions"]!.AsArray().SingleOrDefault(r => r!["regionCode"]!.GetValue<string>() == "530102");
        int Count(JsonNode? row, string section, string key) => row?[section]?[key]?.GetValue<int>() ?? 0;
        Assert.Equal(Count(wuhuaBefore, "byLevel", "Red") + 1, Count(wuhua, "byLevel", "Red"));
        Assert.Equal(Count(wuhuaBefore, "byLevel", "Purple") + 1, Count(wuhua, "byLevel", "Purple"));
        Assert.Equal(Count(wuhuaBefore, "byGroup", "UnstableOutOfPoverty") + 1, Count(wuhua, "byGroup", "UnstableOutOfPoverty"));
        Assert.Equal("五华区", wuhua["name"]!.GetValue<string>());
        var worsened = after["worsenedThisMonth"]!.AsArray();
        Assert.Contains(worsened, w => w!["householdId"]!.GetValue<string>() == greenFirst["id"]!.GetValue<string>() && w["fromLevel"]!.GetValue<string>() == "Green" && w["toLevel"]!.GetValue<string>() == "Purple");
        Assert.DoesNotContain(worsened, w => w!["householdId"]!.GetValue<string>() == household["id"]!.GetValue<string>());
    }
}

public sealed class SqliteLeadTests(SqliteApiFactory factory) : LeadTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresLeadTests(PostgresApiFactory factory) : LeadTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerLeadTests(SqlServerApiFactory factory) : LeadTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
