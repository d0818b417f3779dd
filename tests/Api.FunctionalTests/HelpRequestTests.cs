using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 求助 (ADR 0044) over HTTP: "我不知道该申请什么" filed signed in and signed out, listed to the caseworkers of
/// the county of the place only, routed to an item or answered, the resident told by text and in 我的.
/// </summary>
public abstract class HelpRequestTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task HelpRequest_FiledByAResident_IsRoutedByTheCountyOnly_AndTheResidentSeesWhatHappened()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"hr-cw-{suffix}", Role.Caseworker, "health", "530102");
        await factory.AddStaffAsync($"hr-away-{suffix}", Role.Caseworker, "civil", "530302");
        var county = await factory.StaffAsync($"hr-cw-{suffix}");
        var away = await factory.StaffAsync($"hr-away-{suffix}");
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);

        var filed = await CreatedAsync(resident.PostAsJsonAsync("/api/v1/help-requests", new { text = "种地受灾了，今年没收成，家里吃不上饭。", placeCode = "530102001001", phone = (string?)null }));
        var id = filed["id"]!.GetValue<string>();

        // Any department of the county sees it (nobody knows the department yet); another county does not.
        var inbox = (await county.GetFromJsonAsync<JsonObject>("/api/v1/help-requests"))!;
        var row = inbox["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Open", row["status"]!.GetValue<string>());
        Assert.Equal(MaskOf(phone), row["maskedPhone"]!.GetValue<string>());
        Assert.Equal(filed["dueDate"]!.GetValue<string>(), row["dueDate"]!.GetValue<string>());
        Assert.True(inbox["open"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain(id, (await away.GetFromJsonAsync<JsonObject>("/api/v1/help-requests"))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        var foreign = await away.PostAsJsonAsync($"/api/v1/help-requests/{id}/route", new { itemCode = "civil.temporary-aid", reply = "请申请临时救助。", expectedVersion = (Guid?)null });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        // A stale screen is a conflict; the current one routes it, once.
        var stale = await county.PostAsJsonAsync($"/api/v1/help-requests/{id}/route", new { itemCode = "civil.temporary-aid", reply = "请申请临时救助。", expectedVersion = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var routed = await OkAsync(county.PostAsJsonAsync($"/api/v1/help-requests/{id}/route", new
        {
            itemCode = "civil.temporary-aid",
            reply = "您家受灾可以申请临时救助，在平台上点“临时救助”填写，村委会可以帮您。",
            expectedVersion = Guid.Parse(row["version"]!.GetValue<string>()),
        }));
        Assert.Equal("Routed", routed["status"]!.GetValue<string>());
        Assert.Equal("民政局", routed["departmentName"]!.GetValue<string>());
        var again = await county.PostAsJsonAsync($"/api/v1/help-requests/{id}/answer", new { reply = "再答一次", expectedVersion = (Guid?)null });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("help-request-handled", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mine = (await resident.GetFromJsonAsync<JsonArray>("/api/v1/help-requests/mine"))!.Single(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Routed", mine["status"]!.GetValue<string>());
        Assert.Equal("civil.temporary-aid", mine["itemCode"]!.GetValue<string>());
        Assert.Contains("临时救助", mine["reply"]!.GetValue<string>(), StringComparison.Ordinal);

        var texts = await TextsToAsync(phone);
        var text = Assert.Single(texts, t => t.Contains("求助", StringComparison.Ordinal));
        Assert.Contains("临时救助", text, StringComparison.Ordinal);
        Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength, text);
    }

    [Fact]
    public async Task HelpRequest_FiledSignedOut_IsAnswered_AndShownWhenThatPhoneSignsIn()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"hr-civil-{suffix}", Role.Caseworker, "civil", "530102");
        var county = await factory.StaffAsync($"hr-civil-{suffix}");
        var phone = TestData.Phone();
        var anonymous = factory.CreateClient();

        var filed = await CreatedAsync(anonymous.PostAsJsonAsync("/api/v1/help-requests", new { text = "老伴走了，我一个人带孙子，不知道该找谁。", placeCode = "530102", phone = $"{phone[..3]} {phone[3..7]} {phone[7..]}" }));
        var id = filed["id"]!.GetValue<string>();
        var answered = await OkAsync(county.PostAsJsonAsync($"/api/v1/help-requests/{id}/answer", new { reply = "已请社区网格员明天上门了解情况。。", expectedVersion = (Guid?)null }));
        Assert.Equal("Answered", answered["status"]!.GetValue<string>());

        var resident = await factory.ResidentAsync(phone);
        var mine = (await resident.GetFromJsonAsync<JsonArray>("/api/v1/help-requests/mine"))!.Single(i => i!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Answered", mine["status"]!.GetValue<string>());
        Assert.Equal(filed["dueDate"]!.GetValue<string>(), mine["dueDate"]!.GetValue<string>());
        var text = Assert.Single(await TextsToAsync(phone), t => t.Contains("求助", StringComparison.Ordinal));
        Assert.DoesNotContain("。。", text, StringComparison.Ordinal);
        Assert.Contains("网格员", text, StringComparison.Ordinal);
        var handled = (await county.GetFromJsonAsync<JsonObject>("/api/v1/help-requests?handled=true"))!["items"]!.AsArray();
        Assert.Contains(id, handled.Select(i => i!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("", "530102", "13800138000", "text")]
    [InlineData("不知道申请什么", "110101", "13800138000", "placeCode")]
    [InlineData("不知道申请什么", "530102", "12345", "phone")]
    [InlineData("不知道申请什么", "530102", null, "phone")]
    public async Task HelpRequest_WithBadInput_IsAnsweredInChinese(string text, string placeCode, string? phone, string field)
    {
        var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/v1/help-requests", new { text, placeCode, phone });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem["title"]!.GetValue<string>());
        Assert.All(errors.SelectMany(e => e.Value!.AsArray()), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m!.GetValue<string>()));
    }

    private static string MaskOf(string phone) => $"{phone[..3]}****{phone[7..]}";

    private Task<List<string>> TextsToAsync(string phone) =>
        factory.WithDbAsync(async db => (await db.OutboxMessages.AsNoTracking().ToListAsync()).Where(m => m.Recipient == phone).Select(m => m.Text).ToList());

    private static async Task<JsonObject> CreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

public sealed class SqliteHelpRequestTests(SqliteApiFactory factory) : HelpRequestTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresHelpRequestTests(PostgresApiFactory factory) : HelpRequestTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerHelpRequestTests(SqlServerApiFactory factory) : HelpRequestTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
