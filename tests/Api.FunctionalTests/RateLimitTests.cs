using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The per-address limits on the sign-in endpoints, over real TCP connections from different loopback
/// addresses to Kestrel (<see cref="KestrelApi"/>: 3 requests a minute per address and endpoint).
/// </summary>
public abstract class RateLimitTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task CodeRequests_FromOneAddress_Answer429WithRetryAfterBeyondTheLimit_AndOtherAddressesAreNotAffected()
    {
        using var client = factory.ClientFrom("127.0.0.2");
        using var neighbour = factory.ClientFrom("127.0.0.3");
        var phones = Enumerable.Range(0, KestrelApi.PermitLimit + 2).Select(_ => TestData.Phone()).ToList();

        var responses = new List<HttpResponseMessage>();
        foreach (var phone in phones.Take(KestrelApi.PermitLimit + 1))
        {
            responses.Add(await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone }));
        }

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/otp") { Content = JsonContent.Create(new { phone = phones[^1] }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await client.SendAsync(english);
        var fromNeighbour = await neighbour.PostAsJsonAsync("/api/v1/auth/otp", new { phone = TestData.Phone() });

        var refused = responses[^1];
        output.WriteLine($"{factory.Provider}: {phones.Count} code requests from one address → "
            + string.Join(", ", responses.Append(inEnglish).Select(r => (int)r.StatusCode)) + $" (Retry-After {refused.Headers.RetryAfter?.Delta?.TotalSeconds} s); another address → {(int)fromNeighbour.StatusCode}");
        Assert.All(responses.Take(KestrelApi.PermitLimit), r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        await AssertLimitedAsync(refused, "请求太频繁。");
        await AssertLimitedAsync(inEnglish, "Too many requests.");
        Assert.Equal(HttpStatusCode.Accepted, fromNeighbour.StatusCode);
        var refusedPhones = phones.TakeLast(2).ToList();
        var refusedIndexes = refusedPhones.Select(factory.PhoneIndex).ToList();
        Assert.False(await factory.WithDbAsync(db => db.OneTimeCodes.AnyAsync(c => refusedIndexes.Contains(c.PhoneIndex))), "A refused request still made a code.");
    }

    [Fact]
    public async Task CodeChecks_FromOneAddress_Answer429BeyondTheLimit_EvenWithTheRightCode()
    {
        using var guesser = factory.ClientFrom("127.0.0.4");
        using var owner = factory.ClientFrom("127.0.0.5");
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(owner, phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var guesses = new List<HttpResponseMessage>();
        for (var i = 0; i < KestrelApi.PermitLimit; i++)
        {
            guesses.Add(await guesser.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone = TestData.Phone(), code = wrong }));
        }

        var withTheRightCode = await guesser.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });
        var byTheOwner = await owner.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });

        Assert.All(guesses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        await AssertLimitedAsync(withTheRightCode, "请求太频繁。");
        Assert.Equal(HttpStatusCode.OK, byTheOwner.StatusCode);
    }

    [Fact]
    public async Task StaffLogins_FromOneAddress_Answer429BeyondTheLimit_EvenWithTheRightPassword()
    {
        using var client = factory.ClientFrom("127.0.0.6");

        var attempts = new List<HttpResponseMessage>();
        for (var i = 0; i < KestrelApi.PermitLimit; i++)
        {
            attempts.Add(await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = "cw-civil-530102", password = "wrong-password" }));
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = "cw-civil-530102", password = ApiFactory.DemoPassword });

        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        await AssertLimitedAsync(right, "请求太频繁。");
    }

    [Fact]
    public async Task ForwardedAddresses_FromAnUntrustedClient_AreIgnored()
    {
        using var client = factory.ClientFrom("127.0.0.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= KestrelApi.PermitLimit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/otp") { Content = JsonContent.Create(new { phone = TestData.Phone() }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ForwardedAddresses_FromTheTrustedProxy_AreLimitedEachOnItsOwn()
    {
        using var proxy = factory.ClientFrom(KestrelApi.TrustedProxy);

        async Task<HttpStatusCode> RequestForAsync(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/otp") { Content = JsonContent.Create(new { phone = TestData.Phone() }) };
            request.Headers.Add("X-Forwarded-For", client);
            return (await proxy.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i <= KestrelApi.PermitLimit; i++)
        {
            first.Add(await RequestForAsync("203.0.113.1"));
        }

        var second = await RequestForAsync("203.0.113.2");
        var sameIpv6Subscriber = new List<HttpStatusCode>();
        for (var i = 0; i <= KestrelApi.PermitLimit; i++)
        {
            sameIpv6Subscriber.Add(await RequestForAsync($"2001:db8:1:2::{i + 1:x}"));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Accepted, KestrelApi.PermitLimit), HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.Accepted, second);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Accepted, KestrelApi.PermitLimit), HttpStatusCode.TooManyRequests], sameIpv6Subscriber);
    }

    [Fact]
    public async Task ObjectionsOnTheGongshiPage_BeyondTheLimit_AnswerAPersonWithAPage_AndAProgramWithAProblem()
    {
        using var client = factory.ClientFrom("127.0.0.8");
        var path = $"/gongshi/530102010001/{Guid.NewGuid()}";
        HttpRequestMessage Objection(bool fromABrowser)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "他家有一辆货车", ["contact"] = "" }),
            };
            if (fromABrowser)
            {
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            }

            return request;
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage toTheBrowser;
        do
        {
            using var request = Objection(fromABrowser: true);
            toTheBrowser = await client.SendAsync(request);
            statuses.Add(toTheBrowser.StatusCode);
        }
        while (toTheBrowser.StatusCode != HttpStatusCode.TooManyRequests && statuses.Count <= 10);

        using var fromAProgram = Objection(fromABrowser: false);
        var toTheProgram = await client.SendAsync(fromAProgram);

        output.WriteLine($"{factory.Provider}: objections from one address → {string.Join(", ", statuses.Select(s => (int)s))}; then without Accept: text/html → {(int)toTheProgram.StatusCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, toTheBrowser.StatusCode);
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal("text/html", toTheBrowser.Content.Headers.ContentType?.MediaType);
        var page = await toTheBrowser.Content.ReadAsStringAsync();
        Assert.Contains("请求太多", page, StringComparison.Ordinal);
        Assert.Contains("您写的意见已经保存在这部手机上", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/gongshi/530102010001\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, toTheProgram.StatusCode);
        Assert.Equal("application/problem+json", toTheProgram.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await toTheProgram.JsonAsync())["status"]!.GetValue<int>());
    }

    private static async Task AssertLimitedAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.Equal(429, body["status"]!.GetValue<int>());
        Assert.Equal(title, body["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheAuditTrail_RecordsTheConnectionsAddress_UnlessATrustedProxyForwardedIt()
    {
        using var client = factory.ClientFrom("127.0.0.6");
        using var proxy = factory.ClientFrom(KestrelApi.TrustedProxy);
        async Task RequestCodeAsync(HttpClient from, string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/otp") { Content = JsonContent.Create(new { phone = TestData.Phone() }) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            Assert.Equal(HttpStatusCode.Accepted, (await from.SendAsync(request)).StatusCode);
        }

        await RequestCodeAsync(client, "198.51.100.66");
        await RequestCodeAsync(proxy, "203.0.113.66");
        var addresses = await factory.WithDbAsync(db => db.AuditRecords.Where(a => a.Action == "auth.code-sent").Select(a => a.ClientAddress).ToListAsync());

        Assert.Contains("127.0.0.6", addresses);
        Assert.DoesNotContain("198.51.100.66", addresses);
        Assert.Contains("203.0.113.66", addresses);
    }
}

public sealed class SqliteRateLimitTests(KestrelSqliteApiFactory factory, ITestOutputHelper output)
    : RateLimitTests<KestrelSqliteApiFactory>(factory, output), IClassFixture<KestrelSqliteApiFactory>;

public sealed class PostgresRateLimitTests(KestrelPostgresApiFactory factory, ITestOutputHelper output)
    : RateLimitTests<KestrelPostgresApiFactory>(factory, output), IClassFixture<KestrelPostgresApiFactory>;

public sealed class SqlServerRateLimitTests(KestrelSqlServerApiFactory factory, ITestOutputHelper output)
    : RateLimitTests<KestrelSqlServerApiFactory>(factory, output), IClassFixture<KestrelSqlServerApiFactory>;
