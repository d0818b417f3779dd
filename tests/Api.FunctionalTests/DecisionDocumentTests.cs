using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Written decisions (issue 20 §5, ADR 0037): each decision step issues a signed PDF in Chinese that its
/// resident and the case's staff download; anyone verifies it on the public page, and a copy changed by
/// one byte is reported as not genuine. The PDF's text is read with poppler's pdftotext and its first page
/// rendered with pdftoppm to artifacts/documents/ for a person to look at.
/// </summary>
public abstract class DecisionDocumentTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task Approval_IssuesASignedPdf_ThatVerifiesAsGenuine_AndACopyWithOneByteChangedDoesNot()
    {
        var resident = await factory.ResidentAsync(TestData.Phone());
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "家庭人均收入低于当地低保标准", benefit = "每月 500 元，自下月起发放" })).EnsureSuccessStatusCode();

        var documents = (await resident.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!;
        var approval = documents.Single(d => d!["kind"]!.GetValue<string>() == "Approval")!;
        var pdf = await resident.GetByteArrayAsync(approval["downloadUrl"]!.GetValue<string>());
        var code = approval["verificationCode"]!.GetValue<string>();
        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 2] ^= 0x01;
        var anonymous = factory.CreateClient();

        var genuine = await VerifyAsync(anonymous, pdf, null);
        var genuineWithCode = await VerifyAsync(anonymous, pdf, code);
        var changed = await VerifyAsync(anonymous, altered, null);
        var changedWithCode = await VerifyAsync(anonymous, altered, code);

        Assert.Equal(["Acceptance", "Approval"], documents.Select(d => d!["kind"]!.GetValue<string>()));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(approval["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Equal(("Genuine", true), (genuine["outcome"]!.GetValue<string>(), genuine["genuine"]!.GetValue<bool>()));
        Assert.Equal(("Genuine", true), (genuineWithCode["outcome"]!.GetValue<string>(), genuineWithCode["genuine"]!.GetValue<bool>()));
        Assert.Equal(("李*英", "五华区住房和城乡建设局", "准予救助决定书"), (genuine["document"]!["maskedName"]!.GetValue<string>(), genuine["document"]!["issuingOffice"]!.GetValue<string>(), genuine["document"]!["title"]!.GetValue<string>()));
        Assert.Equal(("Unknown", false), (changed["outcome"]!.GetValue<string>(), changed["genuine"]!.GetValue<bool>()));
        Assert.Equal(("Altered", false), (changedWithCode["outcome"]!.GetValue<string>(), changedWithCode["genuine"]!.GetValue<bool>()));

        var text = PdfText(pdf, "approval");
        if (text is not null)
        {
            Assert.Contains("准予救助决定书", text);
            Assert.Contains("五华区住房和城乡建设局", text);
            Assert.Contains("李秀英", text);
            Assert.Contains("每月500元，自下月起发放", text);
            Assert.Contains("《社会救助暂行办法》", text);
            Assert.Contains(code, text);
        }
    }

    [Fact]
    public async Task VerificationPage_ShowsOnlyMaskedFacts_IsNotIndexed_AndJudgesAnUploadedFile()
    {
        var idNumber = TestData.IdNumber();
        var (resident, id) = await DecidedAsync(idNumber, approve: true);
        var document = (await resident.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!.Last()!;
        var pdf = await resident.GetByteArrayAsync(document["downloadUrl"]!.GetValue<string>());
        var code = document["verificationCode"]!.GetValue<string>();
        var altered = (byte[])pdf.Clone();
        altered[^100] ^= 0x20;
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetAsync($"/v/{code}");
        var html = await page.Content.ReadAsStringAsync();
        var checkedGenuine = await (await anonymous.PostAsync($"/v/{code}", Form(pdf, null))).Content.ReadAsStringAsync();
        var checkedAltered = await (await anonymous.PostAsync($"/v/{code}", Form(altered, null))).Content.ReadAsStringAsync();
        var unknown = await anonymous.GetAsync("/v/AAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("noindex", page.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
        Assert.Contains("李*英", html);
        Assert.Contains(document["sha256"]!.GetValue<string>(), html);
        Assert.Contains("五华区住房和城乡建设局", html);
        Assert.DoesNotContain("李秀英", html);
        Assert.DoesNotContain(idNumber, html);
        Assert.DoesNotContain(idNumber[^4..] + "<", html);
        Assert.Contains("data-outcome=\"Registered\"", html);
        Assert.Contains("data-outcome=\"Genuine\"", checkedGenuine);
        Assert.Contains("data-outcome=\"Altered\"", checkedAltered);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RefusalAndNonAcceptance_StateTheReasonsAndTheRemedies_AndTheInformationRequestListsEveryMissingDocument()
    {
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var (resident, refused) = await DecidedAsync(TestData.IdNumber(), approve: false);
        var other = await factory.ResidentAsync(TestData.Phone());
        var notAccepted = (await other.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{notAccepted}/not-accept", new { reason = "申请人户籍不在本县" })).EnsureSuccessStatusCode();
        var asked = (await other.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await caseworker.PostAsync($"/api/v1/applications/{asked}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{asked}/request-info", new { reason = "材料不齐全", missingDocuments = new[] { "householdRegister", "housePhotos" } })).EnsureSuccessStatusCode();

        var refusal = await PdfOfAsync(resident, refused, "Refusal");
        var nonAcceptance = await PdfOfAsync(other, notAccepted, "NonAcceptance");
        var request = await PdfOfAsync(other, asked, "InformationRequest");
        var staffCopy = await caseworker.GetAsync((await caseworker.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{refused}/documents"))!.Last()!["downloadUrl"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal(refusal, await staffCopy.Content.ReadAsByteArrayAsync());
        var refusalText = PdfText(refusal, "refusal");
        var nonAcceptanceText = PdfText(nonAcceptance, "non-acceptance");
        var requestText = PdfText(request, "information-request");
        if (refusalText is null || nonAcceptanceText is null || requestText is null)
        {
            return;
        }

        foreach (var text in new[] { refusalText, nonAcceptanceText })
        {
            Assert.Contains("六十日内向五华区人民政府申请行政复议", text);
            Assert.Contains("六个月内依法向人民法院提起行政诉讼", text);
            Assert.Contains("《中华人民共和国行政复议法》第二十条", text);
        }

        Assert.Contains("不予救助决定书", refusalText);
        Assert.Contains("家庭人均收入高于当地低保标准", refusalText);
        Assert.Contains("不予受理决定书", nonAcceptanceText);
        Assert.Contains("申请人户籍不在本县", nonAcceptanceText);
        Assert.Contains("补正材料一次性告知书", requestText);
        Assert.Contains("户口簿（首页和本人页照片）", requestText);
        Assert.Contains("房子照片（外面全景和损坏的地方）", requestText);
        Assert.DoesNotContain("行政复议", requestText);
    }

    [Fact]
    public async Task Documents_AreTheirResidentsAndTheirCasesStaffsOnly()
    {
        var (owner, id) = await DecidedAsync(TestData.IdNumber(), approve: true);
        var stranger = await factory.ResidentAsync(TestData.Phone());
        var education = await factory.StaffAsync("cw-edu-530102");
        var supervisor = await factory.StaffAsync("sup-530102");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/applications/{id}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync($"/api/v1/applications/{id}/documents")).StatusCode);
        Assert.Equal(2, (await owner.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!.Count);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/applications/{id}/documents")).StatusCode);
        Assert.Equal(2, (await supervisor.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!.Count);
    }

    private async Task<(HttpClient Resident, string Id)> DecidedAsync(string idNumber, bool approve)
    {
        var resident = await factory.ResidentAsync(TestData.Phone());
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application(idNumber)))["id"]!.GetValue<string>();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await (approve
            ? caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" })
            : caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "家庭人均收入高于当地低保标准" }))).EnsureSuccessStatusCode();
        return (resident, id);
    }

    private static async Task<byte[]> PdfOfAsync(HttpClient resident, string id, string kind)
    {
        var documents = (await resident.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/documents"))!;
        return await resident.GetByteArrayAsync(documents.Single(d => d!["kind"]!.GetValue<string>() == kind)!["downloadUrl"]!.GetValue<string>());
    }

    private static async Task<JsonObject> VerifyAsync(HttpClient client, byte[] pdf, string? code)
    {
        var response = await client.PostAsync("/api/v1/public/documents/verify", Form(pdf, code));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static MultipartFormDataContent Form(byte[] pdf, string? code)
    {
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", "decision.pdf" } };
        if (code is not null)
        {
            form.Add(new StringContent(code), "code");
        }

        return form;
    }

    /// <summary>
    /// The PDF's text by poppler's pdftotext, without white space, and its first page as a PNG in artifacts/documents/ (pdftoppm) to look
    /// at; null, with the reason written to the test output, only where poppler-utils is missing (./build.sh test installs it).
    /// </summary>
    private string? PdfText(byte[] pdf, string name)
    {
        if (!File.Exists("/usr/bin/pdftotext") || !File.Exists("/usr/bin/pdftoppm"))
        {
            Console.WriteLine("pdftotext/pdftoppm missing (Debian's poppler-utils): the PDF's text is not checked.");
            return null;
        }

        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReliefPlatform.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var directory = Path.Combine(root, "artifacts", "documents");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{name}-{factory.Provider}.pdf");
        File.WriteAllBytes(file, pdf);
        Run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, Path.ChangeExtension(file, null));
        // Lines wrap anywhere in Chinese text: the words are compared without the breaks and spaces. Every
        // character is the one written, not a radical sharing its glyph (⽂ for 文, ADR 0037): what a reader copies.
        var text = Run("pdftotext", "-enc", "UTF-8", file, "-");
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}

public sealed class SqliteDecisionDocumentTests(SqliteApiFactory factory) : DecisionDocumentTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresDecisionDocumentTests(PostgresApiFactory factory) : DecisionDocumentTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerDecisionDocumentTests(SqlServerApiFactory factory) : DecisionDocumentTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
