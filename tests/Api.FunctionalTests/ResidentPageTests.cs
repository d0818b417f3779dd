using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// What the resident's phone page adds to the API: drafts, attachments (content-checked, encrypted on
/// disk, scoped), 好差评 ratings, and the countdown in "mine".
/// </summary>
public abstract class ResidentPageTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    // A 1 × 1 PNG: the smallest real picture.
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Drafts_WhenSavedReadAndDeleted_BelongToTheirResidentAndAreEncryptedAtRest()
    {
        var resident = await factory.ResidentAsync();
        var other = await factory.ResidentAsync();

        var saved = await resident.PutAsJsonAsync("/api/v1/drafts/civil.dibao", new { data = new { v = 1, step = 3, values = new { description = "家里的草稿内容" } } });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await resident.GetFromJsonAsync<JsonObject>("/api/v1/drafts/civil.dibao");
        Assert.Equal("家里的草稿内容", read!["data"]!["values"]!["description"]!.GetValue<string>());
        Assert.Equal(3, read["data"]!["step"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/drafts/civil.dibao")).StatusCode);
        var list = await resident.GetFromJsonAsync<JsonArray>("/api/v1/drafts");
        Assert.Equal("civil.dibao", Assert.Single(list!)!["itemCode"]!.GetValue<string>());
        var stored = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"DataJson\" AS \"Value\" FROM \"Drafts\"").ToListAsync());
        Assert.All(stored, s => Assert.StartsWith("pd1:", s, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, s => s.Contains("草稿", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await resident.DeleteAsync("/api/v1/drafts/civil.dibao")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/api/v1/drafts/civil.dibao")).StatusCode);
    }

    [Fact]
    public async Task SaveDraft_WhenNotAnObjectOrUnknownItemOrStaff_IsRefused()
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var notObject = await resident.PutAsJsonAsync("/api/v1/drafts/civil.dibao", new { data = "text" });
        var unknown = await resident.PutAsJsonAsync("/api/v1/drafts/no.such-item", new { data = new { v = 1 } });
        var staff = await caseworker.PutAsJsonAsync("/api/v1/drafts/civil.dibao", new { data = new { v = 1 } });

        Assert.Equal(HttpStatusCode.BadRequest, notObject.StatusCode);
        Assert.NotNull((await notObject.JsonAsync())["errors"]!["data"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
    }

    [Fact]
    public async Task Submit_WhenTheResidentHasADraftForTheItem_DeletesIt()
    {
        var resident = await factory.ResidentAsync();
        (await resident.PutAsJsonAsync("/api/v1/drafts/civil.dibao", new { data = new { v = 1 } })).EnsureSuccessStatusCode();

        await resident.SubmitAsync(TestData.Dibao());

        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/api/v1/drafts/civil.dibao")).StatusCode);
    }

    [Fact]
    public async Task Upload_WhenAPicture_IsStoredEncryptedUnderItsHashAndReadableByItsOwnerOnly()
    {
        var resident = await factory.ResidentAsync();
        var other = await factory.ResidentAsync();

        var response = await UploadAsync(resident, Png, "身份证.png");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = await response.JsonAsync();
        var id = attachment["id"]!.GetValue<string>();

        // The server keeps the picture as it wrote it again (ADR 0034): the same pixels, its own bytes.
        var served = await resident.GetByteArrayAsync($"/api/v1/attachments/{id}");
        Assert.Equal(("image/png", served.Length, "idCard"), (attachment["contentType"]!.GetValue<string>(), attachment["sizeBytes"]!.GetValue<int>(), attachment["documentKey"]!.GetValue<string>()));
        Assert.True(SamePicture(Png, served));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(served));
        var file = Path.Combine(factory.AttachmentDirectory, hash[..2], hash);
        Assert.True(File.Exists(file));
        Assert.False((await File.ReadAllBytesAsync(file)).AsSpan().IndexOf(Png.AsSpan(1, 3)) >= 0, "the file on disk is encrypted");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
        var caseworker = await factory.StaffAsync("cw-civil-530102");
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/api/v1/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Upload_WhenTheContentIsNotAPictureOrPdf_AnswersAFieldError()
    {
        var resident = await factory.ResidentAsync();

        var response = await UploadAsync(resident, "MZ this is a program, not a photo"u8.ToArray(), "photo.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["file"]);
    }

    [Fact]
    public async Task SubmitWithAttachments_LinksThemSoTheCaseworkerCanOpenThemAndIsAudited()
    {
        var resident = await factory.ResidentAsync();
        var upload = (await (await UploadAsync(resident, Png, "户口簿.png")).JsonAsync())["id"]!.GetValue<string>();

        var submitted = await resident.SubmitAsync(WithAttachments(TestData.Dibao(), upload));

        var id = submitted["id"]!.GetValue<string>();
        var caseworker = await factory.StaffAsync("cw-civil-530102");
        var detail = await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        var linked = Assert.Single(detail!["attachments"]!.AsArray())!;
        Assert.Equal((upload, "Application"), (linked["id"]!.GetValue<string>(), linked["stage"]!.GetValue<string>()));
        Assert.True(SamePicture(Png, await caseworker.GetByteArrayAsync($"/api/v1/attachments/{upload}")));
        Assert.True(await factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "attachment.opened" && r.ObjectId == id)));
        var otherDepartment = await factory.StaffAsync("cw-water-530102");
        Assert.Equal(HttpStatusCode.NotFound, (await otherDepartment.GetAsync($"/api/v1/attachments/{upload}")).StatusCode);
    }

    [Fact]
    public async Task Submit_WithSomeoneElsesAttachment_AnswersAFieldError()
    {
        var owner = await factory.ResidentAsync();
        var upload = (await (await UploadAsync(owner, Png, "a.png")).JsonAsync())["id"]!.GetValue<string>();
        var thief = await factory.ResidentAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(WithAttachments(TestData.Dibao(), upload)) };
        var response = await thief.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["attachmentIds"]);
    }

    [Fact]
    public async Task Supplement_WithAPhoto_LinksItAsASupplementAndTheClockRuns()
    {
        var (resident, caseworker, id) = await SubmittedAsync();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿照片" })).EnsureSuccessStatusCode();
        var paused = await resident.GetFromJsonAsync<JsonArray>("/api/v1/applications/mine");
        var mine = paused!.Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.True(mine["paused"]!.GetValue<bool>());
        Assert.Null(mine["workingDaysLeft"]);
        var upload = (await (await UploadAsync(resident, Png, "补充.png", "supplement", TestData.OneStageItem)).JsonAsync())["id"]!.GetValue<string>();

        var response = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/supplement", new { text = "已补拍户口簿", attachmentIds = new[] { upload } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Equal("Accepted", detail!["status"]!.GetValue<string>());
        Assert.Contains(detail["attachments"]!.AsArray(), a => a!["id"]!.GetValue<string>() == upload && a["stage"]!.GetValue<string>() == "Supplement");
        var running = (await resident.GetFromJsonAsync<JsonArray>("/api/v1/applications/mine"))!.Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.NotNull(running["workingDaysLeft"]);
    }

    [Fact]
    public async Task Rate_OnlyAfterTheDecisionOnceAndByTheOwner()
    {
        var (resident, caseworker, id) = await SubmittedAsync();
        var early = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 5 });
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        var stranger = await factory.ResidentAsync();

        var outOfRange = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 6 });
        var notOwner = await stranger.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 1 });
        var rated = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 2, comment = "等了很久才有人联系" });
        var again = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 5 });

        Assert.Equal(
            (HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Created, HttpStatusCode.Conflict),
            (early.StatusCode, outOfRange.StatusCode, notOwner.StatusCode, rated.StatusCode, again.StatusCode));
        var detail = await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Equal((2, "等了很久才有人联系"), (detail!["rating"]!["score"]!.GetValue<int>(), detail["rating"]!["comment"]!.GetValue<string>()));
        Assert.True(await factory.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "application.rated" && r.ObjectId == id)));
    }

    [Fact]
    public async Task Rate_WhenRefused_SpeaksTheCallersLanguage()
    {
        var (resident, _, id) = await SubmittedAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{id}/rating") { Content = JsonContent.Create(new { score = 3 }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await resident.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only after its decision", (await response.JsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_ListsTheNewRoutes()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json");

        var paths = document!["paths"]!.AsObject();
        Assert.Contains("/api/v1/drafts/{itemCode}", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/attachments", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/attachments/{id}", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/applications/{id}/rating", paths.Select(p => p.Key));
    }

    private async Task<(HttpClient Resident, HttpClient Caseworker, string Id)> SubmittedAsync()
    {
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        return (resident, await factory.StaffAsync(TestData.OneStageCaseworker), id);
    }

    private static JsonObject WithAttachments(object body, params string[] ids)
    {
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["attachmentIds"] = new JsonArray(ids.Select(i => (JsonNode)i).ToArray());
        return json;
    }

    internal static bool SamePicture(byte[] uploaded, byte[] served)
    {
        using var a = SkiaSharp.SKBitmap.Decode(uploaded);
        using var b = SkiaSharp.SKBitmap.Decode(served);
        return a.Width == b.Width && a.Height == b.Height && Enumerable.Range(0, a.Width * a.Height).All(i => a.GetPixel(i % a.Width, i / a.Width) == b.GetPixel(i % a.Width, i / a.Width));
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient resident, byte[] content, string fileName, string documentKey = "idCard", string itemCode = "civil.dibao")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(itemCode), "itemCode");
        form.Add(new StringContent(documentKey), "documentKey");
        return await resident.PostAsync("/api/v1/attachments", form);
    }
}

public sealed class SqliteResidentPageTests(SqliteApiFactory factory) : ResidentPageTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresResidentPageTests(PostgresApiFactory factory) : ResidentPageTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerResidentPageTests(SqlServerApiFactory factory) : ResidentPageTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
