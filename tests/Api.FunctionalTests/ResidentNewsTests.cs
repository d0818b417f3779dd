using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 19 §8–9: caseworkers hear what the resident did (a notice linking to the case, a mark on the
/// queue row until a caseworker opens it), deadline digests list their cases, and the text message a
/// decision sends is the one the dialog previewed.
/// </summary>
public abstract class ResidentNewsTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private async Task<(HttpClient Holder, HttpClient Colleague)> CaseworkersAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"cw-housing-a-{suffix}", Role.Caseworker, TestData.OneStageDepartment, "530102");
        await factory.AddStaffAsync($"cw-housing-b-{suffix}", Role.Caseworker, TestData.OneStageDepartment, "530102");
        return (await factory.StaffAsync($"cw-housing-a-{suffix}"), await factory.StaffAsync($"cw-housing-b-{suffix}"));
    }

    [Fact]
    public async Task ASupplement_TellsTheHolderOnly_MarksTheQueueRow_AndOpeningTheCaseClearsTheMark()
    {
        var (holder, colleague) = await CaseworkersAsync();
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await OkAsync(holder.PostAsync($"/api/v1/applications/{id}/claim", null));
        await OkAsync(holder.PostAsync($"/api/v1/applications/{id}/accept", null));
        await OkAsync(holder.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿" }));
        Assert.Null(await QueueMarkAsync(holder, id));

        await OkAsync(resident.PostAsJsonAsync($"/api/v1/applications/{id}/supplement", new { text = "已补充户口簿" }));

        var notice = Assert.Single(await NoticesAboutAsync(holder, id));
        Assert.Equal("Supplemented", notice["kind"]!.GetValue<string>());
        Assert.Contains("新补正材料", notice["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await NoticesAboutAsync(colleague, id));
        var linked = await holder.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{notice["id"]}/applications");
        Assert.Equal(id, Assert.Single(linked!)!["id"]!.GetValue<string>());
        Assert.Equal("Supplemented", await QueueMarkAsync(holder, id));
        var before = await holder.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Equal("Supplemented", before!["residentNews"]!.GetValue<string>());

        // Reading the detail writes nothing; the console's seen command does, and keeps the version.
        Assert.Equal("Supplemented", await QueueMarkAsync(holder, id));
        Assert.Equal(HttpStatusCode.NoContent, (await holder.PostAsync($"/api/v1/applications/{id}/seen", null)).StatusCode);

        Assert.Null(await QueueMarkAsync(holder, id));
        var after = await holder.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Null(after!["residentNews"]);
        Assert.Equal(before["version"]!.GetValue<string>(), after["version"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.StaffAsync("cw-edu-530102")).PostAsync($"/api/v1/applications/{id}/seen", null)).StatusCode);
    }

    [Fact]
    public async Task AWithdrawalOfAnUnheldCase_TellsTheDepartmentsCaseworkers_AndMarksTheRow()
    {
        var (one, other) = await CaseworkersAsync();
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        await OkAsync(resident.PostAsJsonAsync($"/api/v1/applications/{id}/withdraw", new { reason = "不需要了" }));

        Assert.Equal("Withdrawn", Assert.Single(await NoticesAboutAsync(one, id))["kind"]!.GetValue<string>());
        Assert.Equal("Withdrawn", Assert.Single(await NoticesAboutAsync(other, id))["kind"]!.GetValue<string>());
        Assert.Empty(await NoticesAboutAsync(await factory.StaffAsync("cw-edu-530102"), id));
        Assert.Equal("Withdrawn", await QueueMarkAsync(one, id, "&status=Withdrawn"));

        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsync($"/api/v1/applications/{id}/seen", null)).StatusCode);
        Assert.Null(await QueueMarkAsync(one, id, "&status=Withdrawn"));
    }

    [Fact]
    public async Task APoorRating_TellsTheHolder_AndMarksTheCase_AGoodOneDoesNot()
    {
        var (holder, _) = await CaseworkersAsync();
        var resident = await factory.ResidentAsync();
        var poor = await DecidedAsync(resident, holder);
        var good = await DecidedAsync(resident, holder);

        await OkAsync(resident.PostAsJsonAsync($"/api/v1/applications/{poor}/rating", new { score = 1, comment = "等太久了" }));
        await OkAsync(resident.PostAsJsonAsync($"/api/v1/applications/{good}/rating", new { score = 5 }));

        var notice = Assert.Single(await NoticesAboutAsync(holder, poor));
        Assert.Equal("PoorRating", notice["kind"]!.GetValue<string>());
        Assert.Contains("差评", notice["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await NoticesAboutAsync(holder, good));
        Assert.Equal("PoorRating", await QueueMarkAsync(holder, poor, "&status=Approved"));
        Assert.Null(await QueueMarkAsync(holder, good, "&status=Approved"));

        await OkAsync(holder.PostAsync($"/api/v1/applications/{poor}/seen", null));
        Assert.Null(await QueueMarkAsync(holder, poor, "&status=Approved"));
    }

    [Fact]
    public async Task TheSmsPreview_IsTheMessageTheActionQueues_ForEveryDecisionDialog()
    {
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        var asked = await AcceptedAsync(resident, caseworker);
        var approved = await AcceptedAsync(resident, caseworker);
        var refused = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var info = await PreviewAsync(caseworker, asked, new { action = "InfoRequested", reason = "  请补充户口簿和收入证明 " });
        await OkAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{asked}/request-info", new { reason = "  请补充户口簿和收入证明 " }));
        var rejection = await PreviewAsync(caseworker, asked, new { action = "Rejected", reason = new string('超', 80) });
        await OkAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{asked}/reject", new { reason = new string('超', 80) }));
        var approval = await PreviewAsync(caseworker, approved, new { action = "Approved", reason = "符合条件", benefit = " 每月 600 元 " });
        await OkAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{approved}/approve", new { reason = "符合条件", benefit = " 每月 600 元 " }));
        var notAccepted = await PreviewAsync(caseworker, refused, new { action = "NotAccepted", reason = "不属于本部门受理范围" });
        await OkAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{refused}/not-accept", new { reason = "不属于本部门受理范围" }));

        var calendar = await factory.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        var answerBy = calendar.AddWorkingDays(ChinaTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime), 10);
        Assert.EndsWith($"需补充材料，请在{answerBy.Month}月{answerBy.Day}日前在平台补交：请补充户口簿和收入证明。", info, StringComparison.Ordinal);
        Assert.Contains("，救助内容：每月 600 元。决定书可在平台下载。", approval, StringComparison.Ordinal);
        Assert.EndsWith("…。决定书可在平台下载，有疑问请联系住建局。", rejection, StringComparison.Ordinal);
        Assert.StartsWith("【云南政府救助平台】", notAccepted, StringComparison.Ordinal);
        Assert.Contains(info, await QueuedTextsAsync(asked));
        Assert.Contains(rejection, await QueuedTextsAsync(asked));
        Assert.Contains(approval, await QueuedTextsAsync(approved));
        Assert.Contains(notAccepted, await QueuedTextsAsync(refused));
        Assert.All([info, rejection, approval, notAccepted], text => Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength, text));
    }

    [Fact]
    public async Task TheSmsPreview_RefusesAnUnknownAction_AndCasesOutsideTheQueue()
    {
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/sms-preview", new { action = "Claimed" });
        var elsewhere = await (await factory.StaffAsync("cw-edu-530102")).PostAsJsonAsync($"/api/v1/applications/{id}/sms-preview", new { action = "Approved" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["action"]);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ADeadlineDigest_ListsTheCasesItCounted()
    {
        // Its own county, so that no other test's cases are swept into its digest.
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 2), 10);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application(TestData.IdNumber("530111"), "530111")))["id"]!.GetValue<string>();
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 3), 9);
        await factory.SendAsync(new ChaseDeadlinesCommand());
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"cw-housing-530111-{suffix}", Role.Caseworker, TestData.OneStageDepartment, "530111");
        var housing = await factory.StaffAsync($"cw-housing-530111-{suffix}");

        var reminder = (await housing.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray().First(n => n!["kind"]!.GetValue<string>() == "Reminder")!;
        var cases = await housing.GetFromJsonAsync<JsonArray>($"/api/v1/notifications/{reminder["id"]}/applications");

        Assert.Contains(cases!, c => c!["id"]!.GetValue<string>() == id);
        Assert.Equal(reminder["count"]!.GetValue<int>(), cases!.Count);
    }

    private async Task<List<string>> QueuedTextsAsync(string id) =>
        await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ApplicationId == Guid.Parse(id)).Select(m => m.Text).ToListAsync());

    private static async Task<string> PreviewAsync(HttpClient caseworker, string id, object body)
    {
        var response = await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/sms-preview", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var text = preview["text"]!.GetValue<string>();
        Assert.Equal(text.Length, preview["length"]!.GetValue<int>());
        return text;
    }

    private static async Task<List<JsonNode>> NoticesAboutAsync(HttpClient staff, string id) =>
        [.. (await staff.GetFromJsonAsync<JsonObject>("/api/v1/notifications"))!["items"]!.AsArray()
            .Where(n => n!["applicationId"]?.GetValue<string>() == id).Select(n => n!)];

    private static async Task<string?> QueueMarkAsync(HttpClient caseworker, string id, string filter = "")
    {
        var trackingNumber = (await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["trackingNumber"]!.GetValue<string>();
        var queue = await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/queue?q={trackingNumber}{filter}");
        return queue!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!["residentNews"]?.GetValue<string>();
    }

    private static async Task<string> AcceptedAsync(HttpClient resident, HttpClient caseworker)
    {
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await OkAsync(caseworker.PostAsync($"/api/v1/applications/{id}/accept", null));
        return id;
    }

    private static async Task<string> DecidedAsync(HttpClient resident, HttpClient caseworker)
    {
        var id = await AcceptedAsync(resident, caseworker);
        await OkAsync(caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" }));
        return id;
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class SqliteResidentNewsTests(SqliteApiFactory factory) : ResidentNewsTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresResidentNewsTests(PostgresApiFactory factory) : ResidentNewsTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
