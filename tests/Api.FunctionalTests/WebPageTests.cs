using System.Net;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The phone page is served at / and the staff console at /staff (any route under it) without a sign-in: hashed assets cached for a year, the HTML revalidated, text gzipped.</summary>
public sealed class WebPageTests(WebPageTests.Factory factory) : IClassFixture<WebPageTests.Factory>
{
    [Fact]
    public async Task Root_WhenThePageIsBuilt_ServesIndexHtmlRevalidatedEveryTime()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("img-src 'self' blob: data:", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/")]
    [InlineData("/staff/applications/01a2037c-dc16-795f-b079-62bb4c07ceec")]
    public async Task Staff_AnyConsoleRoute_ServesStaffHtmlWithoutSignIn(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>工作台</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_AFileThatIsNotThere_IsNotTheConsolePage()
    {
        var response = await factory.CreateClient().GetAsync("/staff/missing.js");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HashedAsset_IsImmutableForAYearAndGzipped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/resident-abc123.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Api_KeepsItsOwnAnswersUncachedAndSignInRequired()
    {
        var client = factory.CreateClient();

        var mine = await client.GetAsync("/api/v1/applications/mine");
        var missing = await client.GetAsync("/no-such-file.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, mine.StatusCode);
        Assert.Equal("no-store", mine.Headers.CacheControl!.ToString());
        Assert.NotEqual(HttpStatusCode.OK, missing.StatusCode);
    }

    public sealed class Factory : SqliteApiFactory
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "relief-tests", $"web-{Guid.NewGuid():N}");

        public Factory()
        {
            Directory.CreateDirectory(Path.Combine(_root, "assets"));
            File.WriteAllText(Path.Combine(_root, "index.html"), "<!doctype html><title>政府救助</title><div id=\"app\"></div>");
            File.WriteAllText(Path.Combine(_root, "staff.html"), "<!doctype html><title>工作台</title><div id=\"app\"></div>");
            File.WriteAllText(Path.Combine(_root, "assets", "resident-abc123.js"), string.Concat(Enumerable.Repeat("console.log('relief');\n", 200)));
        }

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Web:Root"] = _root };

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_root, recursive: true);
        }
    }
}
