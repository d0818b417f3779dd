using System.Net;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The phone page is served at / without a sign-in: hashed assets cached for a year, the HTML revalidated, text gzipped.</summary>
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
