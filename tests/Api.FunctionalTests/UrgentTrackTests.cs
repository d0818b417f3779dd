using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 先行救助 over HTTP (ADR 0039) on simulated days around the 2026 Labour Day holiday (5/1–5/5, make-up
/// working day Saturday 5/9): the 48-hour help clock through the holiday, the 5-working-day paperwork
/// clock past the holiday, a weekend and the make-up day, the sweep's reminders and escalations, the
/// queue's order and the report's figures, all worked out by hand.
/// </summary>
public abstract class UrgentTrackTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task TwoUrgentCasesAndAnOrdinaryOne_OverTwentyEightSimulatedDays_ClocksAlertsQueueAndReport()
    {
        // Thursday 4/30: an ordinary case at 09:00, urgent ones at 10:00 (A) and 11:00 (B).
        var c = await FileAtAsync(China(2026, 4, 30, 9), urgent: false);
        var a = await FileAtAsync(China(2026, 4, 30, 10), urgent: true);
        var b = await FileAtAsync(China(2026, 4, 30, 11), urgent: true);

        factory.Clock.Set(China(2026, 4, 30, 11).AddMinutes(30));
        var civil = await factory.StaffAsync("cw-civil-530102");
        var detailA = await civil.DetailAsync(a);
        var queue = (await civil.GetFromJsonAsync<JsonObject>("/api/v1/queue?item=civil.temporary-aid&pageSize=100"))!["items"]!.AsArray();
        var order = queue.Select(i => i!["id"]!.GetValue<string>()).ToList();

        Assert.Equal("2026-05-02T10:00:00+08:00", detailA["urgent"]!["helpDueAt"]!.GetValue<string>());
        Assert.Equal("Resident", detailA["urgent"]!["markedBy"]!.GetValue<string>());
        Assert.Equal(46.5m, detailA["urgent"]!["hoursLeft"]!.GetValue<decimal>());
        Assert.Contains("UrgentHelpRecorded", detailA["allowedActions"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Null((await civil.DetailAsync(c))["urgent"]);
        Assert.True(order.IndexOf(a) < order.IndexOf(b) && order.IndexOf(b) < order.IndexOf(c), string.Join(",", order));
        Assert.Equal(47.5m, queue.Single(i => i!["id"]!.GetValue<string>() == b)!["urgent"]!["hoursLeft"]!.GetValue<decimal>());

        // Hourly sweeps through the holiday; A is helped at 47 hours (a holiday), B at 50.
        for (var at = China(2026, 4, 30, 12); at <= China(2026, 5, 3, 10); at = at.AddHours(1))
        {
            factory.Clock.Set(at);
            if (at == China(2026, 5, 2, 9))
            {
                await RecordHelpAsync(a, new { kind = "CashAndGoods", amount = 800, goods = "大米 20 斤、棉被 2 床", reason = "房子烧了一半，先行发放救急款和生活用品" });
            }

            if (at == China(2026, 5, 2, 13))
            {
                await RecordHelpAsync(b, new { kind = "Cash", amount = 500, reason = "入户核实后先行发放救急款" });
            }

            await SweepTwiceAsync();
        }

        // Daily at 09:00 afterwards; the paperwork of both is due Monday 5/11. A is decided on 5/11, B on 5/13, C (ordinary) on 5/7.
        for (var day = new DateOnly(2026, 5, 4); day <= new DateOnly(2026, 5, 27); day = day.AddDays(1))
        {
            factory.Clock.SetChinaTime(day, 9);
            await SweepTwiceAsync();
            factory.Clock.SetChinaTime(day, 10);
            if (day == new DateOnly(2026, 5, 6))
            {
                await ActAsync(c, "accept", null);
            }

            if (day == new DateOnly(2026, 5, 7))
            {
                await ActAsync(c, "approve", new { reason = "经核实符合临时救助条件", benefit = "一次性救助 1000 元" });
            }

            if (day == new DateOnly(2026, 5, 11))
            {
                await ActAsync(a, "accept", null);
                await ActAsync(a, "approve", new { reason = "补办手续，经核实符合条件", benefit = "先行救助 800 元及生活用品" });
                await ActAsync(b, "accept", null);
            }

            if (day == new DateOnly(2026, 5, 13))
            {
                await ActAsync(b, "approve", new { reason = "补办手续，经核实符合条件", benefit = "先行救助 500 元" });
            }
        }

        var alerts = await factory.WithDbAsync(db => db.UrgentAidAlerts.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync());
        string Of(string id) => string.Join("; ", alerts.Where(e => e.ApplicationId == Guid.Parse(id))
            .Select(e => $"{e.Kind}({e.HoursLeft}) {ChinaTime.ToChinaLocal(e.OccurredAt):MM-dd HH:mm}"));
        Assert.Equal("HelpReminder(40) 04-30 18:00; HelpReminder(24) 05-01 10:00; PaperworkReminder(0) 05-08 09:00", Of(a));
        Assert.Equal("HelpReminder(40) 04-30 19:00; HelpReminder(24) 05-01 11:00; HelpMissed(0) 05-02 11:00; PaperworkReminder(0) 05-08 09:00; PaperworkOverdue(0) 05-12 09:00", Of(b));
        Assert.Equal("", Of(c));

        var missed = await factory.WithDbAsync(db => db.StaffNotifications.AsNoTracking()
            .Where(n => n.ApplicationId == Guid.Parse(b) && n.Kind == NotificationKind.UrgentHelpMissed).ToListAsync());
        var told = missed.Select(n => (n.AudienceRole, n.AudienceDepartmentCode, n.AudienceRegionCode)).OrderBy(n => n.AudienceRole).ToArray();
        Assert.Equal(new (Role, string?, string)[] { (Role.Caseworker, "civil", "530102"), (Role.Supervisor, null, "530102") }, told);

        factory.Clock.SetChinaTime(new DateOnly(2026, 5, 27), 10);
        civil = await factory.StaffAsync("cw-civil-530102");
        var notices = (await civil.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray();
        var trackingB = (await civil.DetailAsync(b))["trackingNumber"]!.GetValue<string>();
        Assert.Contains(notices, n => n!["kind"]!.GetValue<string>() == "UrgentHelpMissed" && n["title"]!.GetValue<string>().Contains(trackingB, StringComparison.Ordinal));

        var helpedA = (await civil.DetailAsync(a))["urgent"]!;
        Assert.True(helpedA["helpOnTime"]!.GetValue<bool>());
        Assert.Equal("2026-05-11", helpedA["paperworkDueDate"]!.GetValue<string>());
        Assert.Equal(800m, helpedA["helpAmount"]!.GetValue<decimal>());
        Assert.Null(helpedA["hoursLeft"]);
        Assert.False((await civil.DetailAsync(b))["urgent"]!["helpOnTime"]!.GetValue<bool>());

        // A: help in 47 h, decided on its paperwork date; B: help in 50 h, decided two days late. Both on
        // time by the ordinary clock (20 working days from acceptance). C is not urgent.
        var supervisor = await factory.StaffAsync("sup-530102");
        var report = (await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-04-01&to=2026-05-31"))!;
        var urgent = report["urgent"]!;
        Assert.Equal(
            (2L, 2L, 2L, 1L, 0.5m, 2L, 1L, 0.5m, 2L, 2L),
            (urgent["filed"]!.GetValue<long>(), urgent["helpDue"]!.GetValue<long>(), urgent["helped"]!.GetValue<long>(),
                urgent["helpedWithinHours"]!.GetValue<long>(), urgent["helpOnTimeRate"]!.GetValue<decimal>(),
                urgent["paperworkCompleted"]!.GetValue<long>(), urgent["paperworkOnTime"]!.GetValue<long>(), urgent["paperworkOnTimeRate"]!.GetValue<decimal>(),
                urgent["urgentCompleted"]!.GetValue<long>(), urgent["urgentCompletedOnTime"]!.GetValue<long>()));
    }

    [Fact]
    public async Task RecordUrgentHelp_BadInputWrongItemTwiceAndResident_AreRefused()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 6, 15), 9);
        var resident = await factory.ResidentAsync();
        var urgentId = (await resident.SubmitAsync(TestData.TemporaryAid(urgent: true)))["id"]!.GetValue<string>();
        var dibaoId = (await (await factory.ResidentAsync()).SubmitAsync(TestData.Dibao(regionCode: "530102")))["id"]!.GetValue<string>();
        var civil = await factory.StaffAsync("cw-civil-530102");

        var bad = await civil.PostAsJsonAsync($"/api/v1/applications/{urgentId}/urgent-help", new { kind = "Money", amount = -1, reason = "" });
        var cashWithoutAmount = await civil.PostAsJsonAsync($"/api/v1/applications/{urgentId}/urgent-help", new { kind = "Cash", reason = "先行救助" });
        var noTrack = await civil.PostAsJsonAsync($"/api/v1/applications/{dibaoId}/urgent-help", new { kind = "Cash", amount = 500, reason = "先行救助" });
        var byResident = await resident.PostAsJsonAsync($"/api/v1/applications/{urgentId}/urgent-help", new { kind = "Cash", amount = 500, reason = "先行救助" });
        var first = await civil.PostAsJsonAsync($"/api/v1/applications/{urgentId}/urgent-help", new { kind = "Goods", goods = "方便面 2 箱", reason = "先行救助" });
        var again = await civil.PostAsJsonAsync($"/api/v1/applications/{urgentId}/urgent-help", new { kind = "Cash", amount = 500, reason = "再发一次" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync())["errors"]!.AsObject();
        Assert.NotNull(errors["kind"]);
        Assert.NotNull(errors["reason"]);
        Assert.Equal(HttpStatusCode.BadRequest, cashWithoutAmount.StatusCode);
        Assert.NotNull((await cashWithoutAmount.JsonAsync())["errors"]!["amount"]);
        Assert.Equal(HttpStatusCode.Conflict, noTrack.StatusCode);
        Assert.Equal("no-urgent-track", (await noTrack.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.DoesNotContain("UrgentHelpRecorded", (await first.JsonAsync())["allowedActions"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("urgent-help-recorded", (await again.JsonAsync())["code"]!.GetValue<string>());

        var residentView = await resident.DetailAsync(urgentId);
        Assert.Equal("UrgentHelpRecorded", residentView["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
        Assert.Null((await civil.DetailAsync(dibaoId))["urgent"]);
    }

    private async Task<string> FileAtAsync(DateTimeOffset at, bool urgent)
    {
        factory.Clock.Set(at);
        var resident = await factory.ResidentAsync();
        return (await resident.SubmitAsync(TestData.TemporaryAid(urgent)))["id"]!.GetValue<string>();
    }

    private async Task RecordHelpAsync(string id, object body)
    {
        var civil = await factory.StaffAsync("cw-civil-530102");
        var response = await civil.PostAsJsonAsync($"/api/v1/applications/{id}/urgent-help", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task ActAsync(string id, string action, object? body)
    {
        var civil = await factory.StaffAsync("cw-civil-530102");

        // 临时救助 is decided after its investigation (ADR 0040): the visit and the stage first, on the day of the decision.
        if (action is "approve" or "reject")
        {
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
            var visit = new { visitedOn = today, visitors = new[] { "王五", "赵六" }, householdSize = 3, membersUnableToWork = 0, monthlyIncomeYuan = 600m, housing = "房屋烧毁一半", findings = "火灾属实，家中财物损毁" };
            foreach (var (path, step) in new (string, object)[] { ("home-visits", visit), ("stage/complete", new { note = "调查属实" }) })
            {
                var walked = await civil.PostAsJsonAsync($"/api/v1/applications/{id}/{path}", step);
                Assert.True(walked.StatusCode == HttpStatusCode.OK, $"{path}: {await walked.Content.ReadAsStringAsync()}");
            }
        }

        var response = body is null
            ? await civil.PostAsync($"/api/v1/applications/{id}/{action}", null)
            : await civil.PostAsJsonAsync($"/api/v1/applications/{id}/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A sweep, and at once another that must raise nothing new.</summary>
    private async Task SweepTwiceAsync()
    {
        await factory.SendAsync(new ChaseDeadlinesCommand());
        var again = await factory.SendAsync(new ChaseDeadlinesCommand());
        Assert.Equal(0, again.UrgentAlerts);
    }

    private static DateTimeOffset China(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));
}

public sealed class SqliteUrgentTrackTests(SqliteApiFactory factory) : UrgentTrackTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresUrgentTrackTests(PostgresApiFactory factory) : UrgentTrackTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerUrgentTrackTests(SqlServerApiFactory factory) : UrgentTrackTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
