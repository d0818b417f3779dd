using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Deadlines.ChaseFollowUps;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>差评回访 (issue 9): a poor rating opens a follow-up due in five working days, chased, answered, shown to the resident and reported.</summary>
public abstract class RatingFollowUpTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task APoorRating_OpensAFollowUp_ThatIsChased_Answered_SeenByTheResident_AndReported()
    {
        // Monday 2026-12-07: five working days on is Monday 2026-12-14.
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 7), 9);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var poor = await DecidedAsync(resident, housing);
        var good = await DecidedAsync(resident, housing);

        (await resident.PostAsJsonAsync($"/api/v1/applications/{poor}/rating", new { score = 2, comment = "等了很久也没人解释" })).EnsureSuccessStatusCode();
        (await resident.PostAsJsonAsync($"/api/v1/applications/{good}/rating", new { score = 5 })).EnsureSuccessStatusCode();

        var opened = (await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{poor}"))!["followUp"]!;
        Assert.Equal(("open", "2026-12-14", "部门将于 2026-12-14 前回访"), (opened["status"]!.GetValue<string>(), opened["dueDate"]!.GetValue<string>(), opened["statusText"]!.GetValue<string>()));
        Assert.Null((await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{good}"))!["followUp"]);

        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 10), 9);
        var early = await factory.SendAsync(new ChaseFollowUpsCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 11), 9);
        var reminded = await factory.SendAsync(new ChaseFollowUpsCommand());
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 15), 9);
        var overdue = await factory.SendAsync(new ChaseFollowUpsCommand());
        var again = await factory.SendAsync(new ChaseFollowUpsCommand());

        Assert.Equal((0, 0), (early.Reminded, early.ReportedOverdue));
        Assert.True(reminded.Reminded >= 1);
        Assert.True(overdue.ReportedOverdue >= 1);
        Assert.Equal((0, 0), (again.Reminded, again.ReportedOverdue));

        housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var supervisor = await factory.StaffAsync("sup-530102");
        Assert.Contains((await housing.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "FollowUpReminder");
        Assert.Contains((await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "FollowUpOverdue");

        var education = await factory.StaffAsync("cw-edu-530102");
        Assert.Equal(HttpStatusCode.NotFound, (await education.PostAsJsonAsync($"/api/v1/applications/{poor}/follow-up", new { response = "x" })).StatusCode);
        var closed = await housing.PostAsJsonAsync($"/api/v1/applications/{poor}/follow-up", new { response = "已电话回访，向您说明了审核需要入户核查的原因，致歉。" });
        var twice = await housing.PostAsJsonAsync($"/api/v1/applications/{poor}/follow-up", new { response = "再来一次" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        resident = await factory.ResidentAsync(phone);
        var seen = (await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{poor}"))!["followUp"]!;
        Assert.Equal(("closed", "已电话回访，向您说明了审核需要入户核查的原因，致歉。"), (seen["status"]!.GetValue<string>(), seen["response"]!.GetValue<string>()));

        var report = await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/ratings?from=2026-12-01&to=2026-12-31");
        var row = report!["departments"]!.AsArray().Single(r => r!["departmentCode"]!.GetValue<string>() == TestData.OneStageDepartment)!;
        Assert.True(row["ratings"]!.GetValue<int>() >= 2);
        Assert.True(row["poor"]!.GetValue<int>() >= 1);
        Assert.True(row["followUpsClosedLate"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task RatingReport_WithTheEndBeforeTheStart_Answers400()
    {
        var supervisor = await factory.StaffAsync("sup-530102");

        var response = await supervisor.GetAsync("/api/v1/reports/ratings?from=2026-12-31&to=2026-12-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> DecidedAsync(HttpClient resident, HttpClient caseworker)
    {
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" })).EnsureSuccessStatusCode();
        return id;
    }
}

public sealed class SqliteRatingFollowUpTests(SqliteApiFactory factory) : RatingFollowUpTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresRatingFollowUpTests(PostgresApiFactory factory) : RatingFollowUpTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerRatingFollowUpTests(SqlServerApiFactory factory) : RatingFollowUpTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
