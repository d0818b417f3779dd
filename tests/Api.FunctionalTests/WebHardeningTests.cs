using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Security headers, caching, request size, and what production does not serve.</summary>
public sealed class WebHardeningTests(SqliteApiFactory development, ProductionApiFactory production, KestrelSqliteApiFactory kestrel)
    : IClassFixture<SqliteApiFactory>, IClassFixture<ProductionApiFactory>, IClassFixture<KestrelSqliteApiFactory>
{
    private static readonly Uri HttpsBase = new("https://relief.example.gov.cn");

    [Fact]
    public async Task ApiAnswers_SuccessfulOrNot_CarryTheSecurityHeaders_AndAreNotStored()
    {
        var client = development.CreateClient();

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["200"] = await client.GetAsync("/api/v1/catalog"),
            ["400 (exception handler)"] = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone = "12345" }),
            ["401 (framework)"] = await client.GetAsync("/api/v1/applications/mine"),
            ["404"] = await (await development.ResidentAsync()).GetAsync("/api/v1/nothing-here"),
        };

        foreach (var (what, response) in answers)
        {
            AssertSecurityHeaders(response, what);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}'");
        }

        Assert.Equal(HttpStatusCode.BadRequest, answers["400 (exception handler)"].StatusCode);
    }

    [Fact]
    public async Task ARefusedToken_Is401_AndOnlyDevelopmentSaysWhatWasWrongWithIt()
    {
        var username = StaffAuth.NewUsername("hardening-cw");
        await production.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        var answers = new Dictionary<string, HttpResponseMessage>();
        foreach (var (name, signedIn) in new[] { ("production", await production.StaffAsync(username)), ("development", await development.StaffAsync("cw-civil-530102")) })
        {
            var token = signedIn.DefaultRequestHeaders.Authorization!.Parameter!;
            var forged = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];
            var client = (name == "production" ? production : (ApiFactory)development).CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
            answers[name] = await client.GetAsync("/api/v1/queue");
        }

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (answers["production"].StatusCode, answers["development"].StatusCode));
        Assert.Equal("Bearer", answers["production"].Headers.WwwAuthenticate.Single().ToString());
        Assert.Contains("error_description", answers["development"].Headers.WwwAuthenticate.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEndpointsOwnCachePolicy_IsKept()
    {
        await production.AddStaffAsync("hardening-sup", Role.Supervisor, null, "530000");
        var supervisor = await production.StaffAsync("hardening-sup");

        var export = await supervisor.GetAsync("/api/v1/reports/completion/export?format=csv&part=summary&from=2026-01-01&to=2026-01-31");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("no-store, private", export.Headers.CacheControl!.ToString());
        AssertSecurityHeaders(export, "export");
    }

    [Fact]
    public async Task Https_OutsideDevelopment_CarriesHsts_OnErrorsToo_AndNeverOverPlainHttpOrInDevelopment()
    {
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = HttpsBase });

        var ok = await client.GetAsync("/health/live");
        var refused = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone = "12345" });
        var plain = await production.CreateClient().GetAsync("/health/live");
        var inDevelopment = await development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = HttpsBase }).GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        foreach (var response in new[] { ok, refused })
        {
            AssertSecurityHeaders(response, $"{(int)response.StatusCode}");
            Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        }

        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"), "HSTS in Development");
    }

    [Fact]
    public async Task Production_ServesNeitherSwaggerNorTheDevelopmentSmsRoute()
    {
        await production.AddStaffAsync("hardening-cw", Role.Caseworker, "civil", "530102");
        var staff = await production.StaffAsync("hardening-cw");
        var anonymous = production.CreateClient();

        foreach (var path in new[] { "/swagger/v1/swagger.json", "/swagger/index.html", $"/api/v1/dev/sms?phone={TestData.Phone()}" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Production_ServesSwaggerAndTheDevelopmentSmsRoute_WhenConfiguredTo()
    {
        await using var configured = production.WithWebHostBuilder(b => b.UseSetting("Swagger:Enabled", "true").UseSetting("Sms:DevRouteEnabled", "true"));
        var client = configured.CreateClient();

        var document = await client.GetAsync("/swagger/v1/swagger.json");
        var ui = await client.GetAsync("/swagger/index.html");
        var outbox = await client.GetAsync($"/api/v1/dev/sms?phone={TestData.Phone()}");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Equal("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; img-src 'self' data:",
            string.Join(",", ui.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("<script>", await ui.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimit_Answers413ProblemDetails_WithOrWithoutALength()
    {
        using var client = kestrel.ClientFrom("127.0.0.20");
        var body = Encoding.UTF8.GetBytes($$"""{"username":"{{new string('a', 1_100_000)}}","password":"x"}""");
        var withLength = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var chunked = new StreamContent(new UnknownLengthStream(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

        var answers = new[]
        {
            await client.PostAsync("/api/v1/auth/staff/login", withLength),
            await client.PostAsync("/api/v1/auth/staff/login", chunked),
        };

        foreach (var response in answers)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(413, (await response.JsonAsync())["status"]!.GetValue<int>());
            AssertSecurityHeaders(response, "413");
            Assert.Empty(response.Headers.Server);
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : $"(no {name})";

        Assert.True(
            Header("Content-Security-Policy").StartsWith("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'", StringComparison.Ordinal),
            $"{what}: {Header("Content-Security-Policy")}");
        Assert.DoesNotContain("unsafe-inline", Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
    }

    /// <summary>A body whose length the client cannot know, so it is sent in chunks.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
