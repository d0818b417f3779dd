using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class AuthTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task RequestOtp_SendsASixDigitCodeToTheOutbox()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();

        var response = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Matches("^[0-9]{6}$", await ApiFactory.LatestCodeAsync(client, phone));
    }

    [Fact]
    public async Task RequestOtp_TwiceWithinAMinute_Answers429WithRetryAfter()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        (await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task RequestOtp_WithInvalidPhone_Answers400OnPhone()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/otp", new { phone = "12345" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["phone"]);
    }

    [Fact]
    public async Task VerifyOtp_WithTheRightCode_IssuesATokenOnce()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);

        var first = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });
        var second = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.JsonAsync();
        Assert.False(string.IsNullOrEmpty(body["accessToken"]!.GetValue<string>()));
        Assert.Equal("Resident", body["role"]!.GetValue<string>());
        await factory.AssertCodeRefusedAsync(second);
    }

    [Fact]
    public async Task VerifyOtp_WithAWrongCode_Answers400OnCode()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code = wrong });

        await factory.AssertCodeRefusedAsync(response, neverSignedIn: phone);
        Assert.Equal(1, await factory.WithDbAsync(db => db.OneTimeCodes.Where(c => c.PhoneIndex == factory.PhoneIndex(phone)).Select(c => c.FailedAttempts).SingleAsync()));
    }

    [Fact]
    public async Task VerifyOtp_AfterFiveWrongTries_BurnsTheCode()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code = wrong });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });

        await factory.AssertCodeRefusedAsync(response, neverSignedIn: phone);
    }

    [Fact]
    public async Task StaffLogin_WithDemoAccount_ReturnsRoleDepartmentAndRegion()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/staff/login", new { username = "cw-civil-530102", password = ApiFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Caseworker", body["role"]!.GetValue<string>());
        Assert.Equal("civil", body["departmentCode"]!.GetValue<string>());
        Assert.Equal("530102", body["regionCode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("cw-civil-530102", "wrong-password")]
    [InlineData("nobody", "Demo#2026")]
    public async Task StaffLogin_WithWrongCredentials_Answers401(string username, string password)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/staff/login", new { username, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProtectedRoute_WithoutToken_Answers401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/applications/mine");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ProtectedRoute_WithForgedToken_Answers401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6IlJlc2lkZW50In0.c2lnbmF0dXJl");

        var response = await client.GetAsync("/api/v1/applications/mine");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteAuthTests(SqliteApiFactory factory) : AuthTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresAuthTests(PostgresApiFactory factory) : AuthTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerAuthTests(SqlServerApiFactory factory) : AuthTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
