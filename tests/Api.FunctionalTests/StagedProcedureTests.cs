using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 20 over HTTP: 低保 filed by a resident goes through the township's acceptance, home visit and
/// review, a 公示 whose objection sends it back, a second investigation and notice, and the county's
/// confirmation; each office sees and acts on its own stage only; the public notice shows nothing beyond
/// what the rules allow. Dates from Monday 2 March 2026 (China), no holiday near.
/// </summary>
public abstract class StagedProcedureTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string Township = "530102010";
    private const string Village = "530102010001";

    [Fact]
    public async Task Dibao_FromTheTownshipThroughANoticeWithAnObjection_ToTheCountysConfirmation()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        await factory.AddStaffAsync($"tw-other-{suffix}", Role.Caseworker, "civil", "530102001");
        await factory.AddStaffAsync($"cty-{suffix}", Role.Caseworker, "civil", "530102");
        var anonymous = factory.CreateClient();
        var residentPhone = TestData.Phone();
        HttpClient township = null!, otherTownship = null!, county = null!, resident = null!;

        // Sessions end when the clock moves on by days: everyone signs in again at each new date.
        async Task SignInAsync(DateOnly chinaDate)
        {
            factory.Clock.SetChinaTime(chinaDate);
            township = await factory.StaffAsync($"tw-{suffix}");
            otherTownship = await factory.StaffAsync($"tw-other-{suffix}");
            county = await factory.StaffAsync($"cty-{suffix}");
            resident = await factory.ResidentAsync(residentPhone);
        }

        try
        {
            await SignInAsync(new DateOnly(2026, 3, 2));
            var idNumber = TestData.IdNumber();
            var phone = TestData.Phone();
            var filed = await resident.SubmitAsync(TestData.Dibao(idNumber, Village, phone));
            var id = filed["id"]!.GetValue<string>();

            // The township of the address holds acceptance; the county department and another township do not.
            Assert.Equal(Township, (await StageAsync(township, id))["officeRegionCode"]!.GetValue<string>());
            Assert.Contains(id, await QueueIdsAsync(township));
            Assert.DoesNotContain(id, await QueueIdsAsync(county));
            Assert.Equal(HttpStatusCode.NotFound, (await county.PostAsync($"/api/v1/applications/{id}/accept", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherTownship.GetAsync($"/api/v1/applications/{id}")).StatusCode);
            await OkAsync(township.PostAsync($"/api/v1/applications/{id}/accept", null));

            // Investigation: no decision here; the visit needs two named officials.
            var offered = (await township.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            Assert.Contains("HomeVisitRecorded", offered);
            Assert.Contains("StageCompleted", offered);
            Assert.DoesNotContain("Approved", offered);
            var stage = await StageAsync(township, id);
            Assert.Equal(("investigation", "2026-03-18"), (stage["key"]!.GetValue<string>(), stage["dueDate"]!.GetValue<string>()));
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合", benefit = "每月 600 元" }), "invalid-transition");
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { }), "home-visit-required");
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", VisitBody("2026-03-02", "王五")), "visitors-required");

            // Photos taken on the phone go ahead of the record, then belong to the visit: staff see them, the resident does not.
            var photos = new[] { await PhotoAsync(township, id, 1), await PhotoAsync(township, id, 2) };
            Assert.Equal(HttpStatusCode.NotFound, (await otherTownship.PostAsync($"/api/v1/applications/{id}/home-visits/photos", PhotoForm(3))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await township.PostAsync($"/api/v1/applications/{id}/home-visits/photos", PdfForm())).StatusCode);
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", VisitBody("2026-03-02", ["王五", "赵六"], photos)));
            var visited = (await township.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure"))!["homeVisits"]!.AsArray().Single()!;
            Assert.Equal(photos, visited["photoIds"]!.AsArray().Select(p => p!.GetValue<string>()));
            Assert.Equal("image/jpeg", (await township.GetAsync($"/api/v1/attachments/{photos[0]}")).Content.Headers.ContentType!.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/api/v1/attachments/{photos[0]}")).StatusCode);
            Assert.Empty((await resident.DetailAsync(id))["attachments"]!.AsArray());
            var again = await township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", VisitBody("2026-03-02", ["王五", "赵六"], photos));
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("photoIds", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "入户核实，情况属实" }));
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { }), "recommendation-required");
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { recommendApproval = true, proposedBenefit = "每月 600 元" }));

            // 公示: only the masked name, household size, item, proposed help and dates; not indexed.
            var notices = await anonymous.GetAsync($"/api/v1/public/notices?place={Village}");
            Assert.Equal(HttpStatusCode.OK, notices.StatusCode);
            Assert.Contains("noindex", notices.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
            var text = await notices.Content.ReadAsStringAsync();
            foreach (var secret in new[] { idNumber, phone, "李秀英", "丈夫去年因病去世", "annualIncomePerPerson", "4200" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }

            var notice = Assert.Single((await notices.Content.ReadFromJsonAsync<JsonObject>())!["notices"]!.AsArray())!;
            Assert.Equal(("李*英", 3, "每月 600 元", "2026-03-09"), (notice["maskedName"]!.GetValue<string>(), notice["householdSize"]!.GetValue<int>(), notice["proposedHelp"]!.GetValue<string>(), notice["endsOn"]!.GetValue<string>()));

            var objection = await anonymous.PostAsJsonAsync($"/api/v1/public/notices/{notice["id"]}/objections", new { text = "她家有一辆货车", contact = (string?)null });
            Assert.Equal(HttpStatusCode.Created, objection.StatusCode);
            var objectionId = (await objection.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            await SignInAsync(new DateOnly(2026, 3, 10));
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { }), "objection-open");
            var procedure = await township.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure");
            Assert.Equal("她家有一辆货车", Assert.Single(procedure!["objections"]!.AsArray())!["text"]!.GetValue<string>());
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/objections/{objectionId}/resolve", new { upheld = true, resolution = "核实有货车一辆，重新调查" }));
            Assert.Equal("investigation", (await StageAsync(township, id))["key"]!.GetValue<string>());
            Assert.Empty((await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={Village}"))!["notices"]!.AsArray());

            // The second round: a new visit, the review, a second notice nobody objects to.
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", VisitBody("2026-03-10", "王五", "钱七")));
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "货车已于 2025 年报废" }));
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { recommendApproval = true, proposedBenefit = "每月 600 元" }));
            Assert.Single((await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={Village}"))!["notices"]!.AsArray());
            await ConflictAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { }), "notice-running");
            await SignInAsync(new DateOnly(2026, 3, 18));
            Assert.Empty((await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={Village}"))!["notices"]!.AsArray());
            await OkAsync(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "公示期满无异议" }));

            // The county confirms; the township can no longer act.
            Assert.Contains(id, await QueueIdsAsync(county));
            Assert.DoesNotContain(id, await QueueIdsAsync(township));
            Assert.Equal(HttpStatusCode.NotFound, (await township.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合", benefit = "每月 600 元" })).StatusCode);
            await OkAsync(county.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "经审核确认，符合最低生活保障条件", benefit = "每月 600 元" }));

            // The written decision: issued by the county's 民政局, downloaded by the resident, genuine; one byte changed is not.
            var documents = (await resident.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!;
            var approval = documents.Single(d => d!["kind"]!.GetValue<string>() == "Approval")!;
            Assert.Equal("五华区民政局", approval["issuingOffice"]!.GetValue<string>());
            Assert.Contains(documents, d => d!["kind"]!.GetValue<string>() == "Acceptance" && d["issuingOffice"]!.GetValue<string>() == "西翥街道办事处");
            var pdf = await resident.GetByteArrayAsync(approval["downloadUrl"]!.GetValue<string>());
            Assert.Equal("Genuine", await VerifyAsync(anonymous, pdf));
            pdf[pdf.Length / 2] ^= 0x20;
            Assert.NotEqual("Genuine", await VerifyAsync(anonymous, pdf));

            var mine = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure");
            Assert.Null(mine!["homeVisits"]);
            Assert.Null(mine["objections"]);
            Assert.All(mine["stages"]!.AsArray(), s => Assert.Equal("Done", s!["state"]!.GetValue<string>()));
            var staff = await county.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure");
            Assert.Equal(2, staff!["homeVisits"]!.AsArray().Count);
            Assert.True((await county.GetAsync($"/api/v1/attachments/{photos[1]}")).IsSuccessStatusCode);
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task TheResidentsTimeline_SaysWhatHappensNext_InPlainWords_WithExpectedDates()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await factory.AddStaffAsync($"tw-{suffix}", Role.Caseworker, "civil", Township);
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        try
        {
            var township = await factory.StaffAsync($"tw-{suffix}");
            var resident = await factory.ResidentAsync();
            var id = (await resident.SubmitAsync(TestData.Dibao(regionCode: Village)))["id"]!.GetValue<string>();
            await OkAsync(township.PostAsync($"/api/v1/applications/{id}/accept", null));

            var stages = (await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}/procedure"))!["stages"]!.AsArray();
            Assert.Equal(["Done", "Current", "Upcoming", "Upcoming", "Upcoming"], stages.Select(s => s!["state"]!.GetValue<string>()));
            Assert.Contains("到您家里看一看", stages[1]!["residentText"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("2026-03-18", stages[1]!["expectedBy"]!.GetValue<string>());
            Assert.Equal("2026-03-23", stages[2]!["expectedBy"]!.GetValue<string>());
            Assert.Equal("2026-03-31", stages[3]!["expectedBy"]!.GetValue<string>());
            Assert.Equal("2026-04-15", stages[4]!["expectedBy"]!.GetValue<string>());
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    private static async Task<string> VerifyAsync(HttpClient anonymous, byte[] pdf)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(pdf) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf") } }, "file", "decision.pdf");
        var answer = await anonymous.PostAsync("/api/v1/public/documents/verify", form);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<JsonObject>())!["outcome"]!.GetValue<string>();
    }

    private static object VisitBody(string on, params string[] visitors) => new
    {
        visitedOn = on,
        visitors,
        householdSize = 3,
        membersUnableToWork = 1,
        monthlyIncomeYuan = 800m,
        housing = "土木结构，屋顶漏雨",
        findings = "丈夫去年病故，本人打零工，一子在读初中",
    };

    private static object VisitBody(string on, string[] visitors, string[] photoIds) => new
    {
        visitedOn = on,
        visitors,
        householdSize = 3,
        membersUnableToWork = 1,
        monthlyIncomeYuan = 800m,
        housing = "土木结构，屋顶漏雨",
        findings = "丈夫去年病故，本人打零工，一子在读初中",
        photoIds,
    };

    private static async Task<string> PhotoAsync(HttpClient official, string id, int seed)
    {
        var answer = await official.PostAsync($"/api/v1/applications/{id}/home-visits/photos", PhotoForm(seed));
        Assert.True(answer.StatusCode == HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>A small photo as a phone's camera sends it: a JPEG of a plain colour.</summary>
    private static MultipartFormDataContent PhotoForm(int seed)
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 48);
        bitmap.Erase(new SkiaSharp.SKColor((byte)(seed * 60), 120, 80));
        var file = new ByteArrayContent(bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80).ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "file", $"IMG_{seed}.jpg" } };
    }

    private static MultipartFormDataContent PdfForm()
    {
        var file = new ByteArrayContent("%PDF-1.4 a scan, not a photo"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "scan.pdf" } };
    }

    private static async Task<JsonObject> StageAsync(HttpClient staff, string id) =>
        (await staff.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["stage"]!.AsObject();

    private static async Task<List<string>> QueueIdsAsync(HttpClient caseworker) =>
        [.. (await caseworker.GetFromJsonAsync<JsonObject>("/api/v1/queue?pageSize=100"))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task ConflictAsync(Task<HttpResponseMessage> call, string code)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {body}");
        Assert.Contains(code, body, StringComparison.Ordinal);
    }
}

public sealed class SqliteStagedProcedureTests(SqliteApiFactory factory) : StagedProcedureTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStagedProcedureTests(PostgresApiFactory factory) : StagedProcedureTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
