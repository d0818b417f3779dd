using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The township office that holds a case's stage hears of it (ADR 0040): an objection to its 公示 is a
/// notice to its caseworkers naming the case and a mark on the queue row until one of them opens it; the
/// deadline sweep's reminders and the urgent track's alerts reach it, not only the county department; its
/// own stage running late while the application is on time is its alone to hear of.
/// </summary>
public abstract class TownshipNoticeTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string Township = "530102010";
    private const string Village = "530102010001";

    [Fact]
    public async Task Objection_TellsTheTownshipHoldingTheNotice_AndMarksTheRowUntilOpened()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        await factory.AddStaffAsync($"cty-{suffix}", Role.Caseworker, "civil", "530102");
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        try
        {
            var township = await factory.StaffAsync($"tw-{suffix}");
            var county = await factory.StaffAsync($"cty-{suffix}");
            var id = await ToNoticeAsync(township, suffix);
            var notice = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={Village}"))!["notices"]!.AsArray()
                .Single(n => n!["maskedName"]!.GetValue<string>() == "李*英" && n["proposedHelp"]!.GetValue<string>() == $"每月 {suffix} 元")!;

            var objection = await factory.CreateClient().PostAsJsonAsync($"/api/v1/public/notices/{notice["id"]}/objections", new { text = "她家有一辆货车", contact = "13800001111" });

            Assert.Equal(HttpStatusCode.Created, objection.StatusCode);
            var told = await NoticeAboutAsync(township, id, "NoticeObjection");
            Assert.NotNull(told);
            Assert.Contains("公示异议", told["title"]!.GetValue<string>(), StringComparison.Ordinal);
            var listed = await township.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{told["id"]}/applications");
            Assert.Equal(id, Assert.Single(listed!)!["id"]!.GetValue<string>());
            Assert.Null(await NoticeAboutAsync(county, id, "NoticeObjection"));
            Assert.Equal("Objection", (await RowAsync(township, id))["residentNews"]!.GetValue<string>());
            Assert.Equal("Objection", (await township.DetailAsync(id))["residentNews"]!.GetValue<string>());

            Assert.True((await township.PostAsync($"/api/v1/applications/{id}/seen", null)).IsSuccessStatusCode);
            Assert.Null((await RowAsync(township, id))["residentNews"]);
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task NoticeBoardPage_ShowsOnlyWhatAGongshiMay_IsNotIndexed_TakesObjections_AndDropsEndedNotices()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        try
        {
            var township = await factory.StaffAsync($"tw-{suffix}");
            var (idNumber, phone) = (TestData.IdNumber(), TestData.Phone());
            var id = await ToNoticeAsync(township, suffix, idNumber, phone);
            var anonymous = factory.CreateClient();
            var notice = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={Village}"))!["notices"]!.AsArray()
                .Single(n => n!["proposedHelp"]!.GetValue<string>() == $"每月 {suffix} 元")!;
            var noticeId = notice["id"]!.GetValue<string>();
            var (starts, ends) = (DateOnly.Parse(notice["startsOn"]!.GetValue<string>(), CultureInfo.InvariantCulture), DateOnly.Parse(notice["endsOn"]!.GetValue<string>(), CultureInfo.InvariantCulture));

            var page = await anonymous.GetAsync($"/gongshi/{Village}");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            Assert.Contains("noindex", page.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
            Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
            Assert.Contains("script-src 'sha256-", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("公示期间，如果您认为", html, StringComparison.Ordinal);
            Assert.Contains("我们不会公开您的信息", html, StringComparison.Ordinal);
            Assert.Contains("李*英 家", html, StringComparison.Ordinal);
            Assert.Contains($"每月 {suffix} 元", html, StringComparison.Ordinal);
            // Posted on the 2nd, the 7 days run from the 3rd (the day of posting is not counted) to the 9th.
            Assert.Contains($"{starts.AddDays(1):yyyy年M月d日} 至 {ends:yyyy年M月d日}（共 7 天）", html, StringComparison.Ordinal);
            Assert.Contains($"还有 {ends.DayNumber - new DateOnly(2026, 3, 2).DayNumber} 天", html, StringComparison.Ordinal);
            foreach (var secret in new[] { idNumber, phone, "李秀英", "丈夫去年因病去世", "4200", "情况属实", id })
            {
                Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            }

            // Nothing typed is lost when the objection is refused: the page comes back with it and the reason.
            var empty = await anonymous.PostAsync($"/gongshi/{Village}/{noticeId}", Form("  ", "13800001111"));
            var emptyHtml = await empty.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Contains("意见没有提交：请写明异议的内容。", emptyHtml, StringComparison.Ordinal);
            Assert.Contains("value=\"13800001111\"", emptyHtml, StringComparison.Ordinal);

            var sent = await anonymous.PostAsync($"/gongshi/{Village}/{noticeId}", Form("他家有一辆货车", ""));
            var sentHtml = await sent.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            Assert.Contains("我们已经收到您的意见", sentHtml, StringComparison.Ordinal);
            Assert.Contains("西翥街道会在 2026年3月", sentHtml, StringComparison.Ordinal);
            Assert.Contains($"data-sent=\"{noticeId}\"", sentHtml, StringComparison.Ordinal);
            var objection = Assert.Single((await township.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure"))!["objections"]!.AsArray())!;
            Assert.Equal("他家有一辆货车", objection["text"]!.GetValue<string>());

            // The notice's last day passed: the entry is gone, and an objection typed late is shown back, not lost.
            factory.Clock.SetChinaTime(ends.AddDays(1));
            var after = await anonymous.GetStringAsync($"/gongshi/{Village}");
            Assert.DoesNotContain($"每月 {suffix} 元", after, StringComparison.Ordinal);
            var late = await anonymous.PostAsync($"/gongshi/{Village}/{noticeId}", Form("迟到的意见", ""));
            var lateHtml = await late.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
            Assert.Contains("这条公示已经结束", lateHtml, StringComparison.Ordinal);
            Assert.Contains("迟到的意见", lateHtml, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/gongshi/53")).StatusCode);
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task DeadlineSweep_CaseHeldByATownship_RemindsTheTownshipAndTheCounty()
    {
        var (suffix, id) = await AcceptedDibaoAsync();
        try
        {
            var township = await factory.StaffAsync($"tw-{suffix}");
            var due = DateOnly.Parse((await township.DetailAsync(id))["dueDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);

            // Still investigating at the township on its due day.
            factory.Clock.SetChinaTime(due, 9);
            await factory.SendAsync(new ChaseDeadlinesCommand());

            township = await factory.StaffAsync($"tw-{suffix}");
            var county = await factory.StaffAsync($"cty-{suffix}");
            var reminder = (await township.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
                .Single(n => n!["kind"]!.GetValue<string>() == "Reminder" && n["createdAt"]!.GetValue<string>().StartsWith(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal))!;
            var cases = await township.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{reminder["id"]}/applications");
            Assert.Contains(cases!, c => c!["id"]!.GetValue<string>() == id);
            Assert.Contains((await county.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "Reminder");
            var audiences = await factory.WithDbAsync(db => db.StaffNotifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.Reminder && n.AudienceDepartmentCode == "civil" && (n.AudienceRegionCode == Township || n.AudienceRegionCode == "530102"))
                .Select(n => n.AudienceRegionCode).Distinct().ToListAsync());
            Assert.Equal(["530102", Township], audiences.Order());
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task DeadlineSweep_TownshipStageRunsLate_WhileTheApplicationIsOnTime_TellsTheTownshipOnce()
    {
        var (suffix, id) = await AcceptedDibaoAsync();
        try
        {
            var dates = await factory.WithDbAsync(db => db.Applications.AsNoTracking()
                .Where(a => a.Id == Guid.Parse(id)).Select(a => new { a.StageDueDate, a.DueDate }).SingleAsync());
            var (stageDue, due) = (dates.StageDueDate, dates.DueDate);
            Assert.True(stageDue < due, $"The investigation ({stageDue}) should be due before the application ({due}).");
            var calendar = await factory.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);

            // A working day before the investigation's own due date: the township is reminded of its stage.
            var dayBefore = calendar.SubtractWorkingDays(stageDue, 1);
            factory.Clock.SetChinaTime(dayBefore, 9);
            await factory.SendAsync(new ChaseDeadlinesCommand());
            var reminder = await DigestAsync(await factory.StaffAsync($"tw-{suffix}"), "StageReminder", dayBefore, id);
            Assert.NotNull(reminder);
            Assert.Contains("环节催办", reminder.Value.Notice["title"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(stageDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reminder.Value.Case["dueDate"]!.GetValue<string>());

            // The day after it passed: late at the township, the application itself still on time.
            var dayAfter = stageDue.AddDays(1);
            factory.Clock.SetChinaTime(dayAfter, 9);
            await factory.SendAsync(new ChaseDeadlinesCommand());
            var again = await factory.SendAsync(new ChaseDeadlinesCommand());

            Assert.Equal((0, 0), (again.StageReminded, again.StageOverdue));
            var township = await factory.StaffAsync($"tw-{suffix}");
            var late = await DigestAsync(township, "StageOverdue", dayAfter, id);
            Assert.NotNull(late);
            Assert.Contains("环节超期", late.Value.Notice["title"]!.GetValue<string>(), StringComparison.Ordinal);
            var stages = await factory.WithDbAsync(db => db.DeadlineEvents.AsNoTracking()
                .Where(e => e.ApplicationId == Guid.Parse(id)).OrderBy(e => e.Id).Select(e => new { e.Stage, e.DueDate }).ToListAsync());
            Assert.Equal([(DeadlineStage.StageReminder, stageDue), (DeadlineStage.StageOverdue, stageDue)], stages.Select(e => (e.Stage, e.DueDate)));
            Assert.Equal(1, (await township.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
                .Count(n => n!["kind"]!.GetValue<string>() == "StageOverdue" && n["createdAt"]!.GetValue<string>().StartsWith(Day(dayAfter), StringComparison.Ordinal)));

            // The county department holds no stage of the case: neither notice names it there.
            var county = await factory.StaffAsync($"cty-{suffix}");
            Assert.Null(await DigestAsync(county, "StageReminder", dayBefore, id));
            Assert.Null(await DigestAsync(county, "StageOverdue", dayAfter, id));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task UrgentAlerts_CaseHeldByATownship_ReachTheTownshipsCaseworkersToo()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        factory.Clock.Set(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        try
        {
            var resident = await factory.ResidentAsync();
            var id = (await resident.SubmitAsync(new
            {
                itemCode = "civil.temporary-aid",
                regionCode = Village,
                applicant = new { name = "赵桂芬", idNumber = TestData.IdNumber(), phone = TestData.Phone() },
                answers = new { hardshipType = "fire", occurredOn = "2026-06-14", urgent = true, householdSize = 3 },
                description = "昨晚家里着火，房子烧了一半，粮食和被子都烧没了。",
            }))["id"]!.GetValue<string>();

            // 40 hours left after 8: the first reminder.
            factory.Clock.Set(new DateTimeOffset(2026, 6, 15, 17, 30, 0, TimeSpan.FromHours(8)));
            await factory.SendAsync(new ChaseDeadlinesCommand());

            var told = await factory.WithDbAsync(db => db.StaffNotifications.AsNoTracking()
                .Where(n => n.ApplicationId == Guid.Parse(id) && n.Kind == NotificationKind.UrgentHelpSoon)
                .Select(n => n.AudienceRegionCode).ToListAsync());
            Assert.Equal(["530102", Township], told.Order());
            var township = await factory.StaffAsync($"tw-{suffix}");
            Assert.NotNull(await NoticeAboutAsync(township, id, "UrgentHelpSoon"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    /// <summary>
    /// A 低保 case of <see cref="Village"/> accepted by its township on Monday 2 March 2026 (the clock is left
    /// there), with a caseworker of 民政 at the township (tw-suffix) and at the county (cty-suffix).
    /// </summary>
    private async Task<(string Suffix, string Id)> AcceptedDibaoAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        await factory.AddStaffAsync($"cty-{suffix}", Role.Caseworker, "civil", "530102");
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        var township = await factory.StaffAsync($"tw-{suffix}");
        var id = (await (await factory.ResidentAsync()).SubmitAsync(TestData.Dibao(regionCode: Village)))["id"]!.GetValue<string>();
        await OkAsync(township.PostAsync($"/api/v1/applications/{id}/accept", null));
        return (suffix, id);
    }

    /// <summary>A 低保 case of <see cref="Village"/> taken by the township to its 公示, with a proposed help unique to the test.</summary>
    private async Task<string> ToNoticeAsync(HttpClient township, string suffix, string? idNumber = null, string? phone = null)
    {
        var id = (await (await factory.ResidentAsync()).SubmitAsync(TestData.Dibao(idNumber, Village, phone)))["id"]!.GetValue<string>();
        await OkAsync(township.PostAsync($"/api/v1/applications/{id}/accept", null));
        await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", new
        {
            visitedOn = "2026-03-02",
            visitors = new[] { "王五", "赵六" },
            householdSize = 3,
            membersUnableToWork = 1,
            monthlyIncomeYuan = 800m,
            housing = "土木结构",
            findings = "情况属实",
        }));
        await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "入户核实" }));
        await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { recommendApproval = true, proposedBenefit = $"每月 {suffix} 元" }));
        return id;
    }

    /// <summary>The digest of <paramref name="kind"/> a sweep on <paramref name="day"/> sent, if one lists case <paramref name="id"/>, with that case's row.</summary>
    private static async Task<(JsonObject Notice, JsonObject Case)?> DigestAsync(HttpClient staff, string kind, DateOnly day, string id)
    {
        var notices = (await staff.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
            .Select(n => n!.AsObject())
            .Where(n => n["kind"]!.GetValue<string>() == kind && n["createdAt"]!.GetValue<string>().StartsWith(Day(day), StringComparison.Ordinal));
        foreach (var notice in notices)
        {
            var listed = await staff.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{notice["id"]}/applications");
            if (listed!.FirstOrDefault(c => c!["id"]!.GetValue<string>() == id) is JsonObject row)
            {
                return (notice, row);
            }
        }

        return null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FormUrlEncodedContent Form(string text, string contact) => new([new("text", text), new("contact", contact)]);

    private static async Task<JsonObject?> NoticeAboutAsync(HttpClient staff, string id, string kind) =>
        (await staff.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
            .Select(n => n!.AsObject())
            .FirstOrDefault(n => n["kind"]!.GetValue<string>() == kind && n["applicationId"]?.GetValue<string>() == id);

    private static async Task<JsonObject> RowAsync(HttpClient caseworker, string id) =>
        (await caseworker.GetFromJsonAsync<JsonObject>("/api/v1/queue?pageSize=100"))!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!.AsObject();

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class SqliteTownshipNoticeTests(SqliteApiFactory factory) : TownshipNoticeTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresTownshipNoticeTests(PostgresApiFactory factory) : TownshipNoticeTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
