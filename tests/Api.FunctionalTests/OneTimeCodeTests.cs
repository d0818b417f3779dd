using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Residents;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Resident sign-in codes under attack: races, floods, and codes that must not work.</summary>
public abstract class OneTimeCodeTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task FiftyConcurrentVerifiesWithTheRightCode_SignInExactlyOnce()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code })));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{factory.Provider}: 50 concurrent verifies → " + string.Join(", ", statuses.Select(s => $"{s.Value} x {(int)s.Key}")));
        Assert.Equal(1, statuses.GetValueOrDefault(HttpStatusCode.OK));
        Assert.Equal(49, statuses.GetValueOrDefault(HttpStatusCode.BadRequest));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.BadRequest))
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            await factory.AssertCodeRefusedAsync(refused);
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.Residents.CountAsync(r => r.PhoneIndex == factory.PhoneIndex(phone))));
    }

    [Fact]
    public async Task HundredCodeRequestsForOnePhoneAtOnce_SendOneTextAndAnswer429ToTheRest()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var gatewayCallsBefore = factory.Sms.Calls;

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })));

        var gatewayCalls = factory.Sms.Calls - gatewayCallsBefore;
        var texts = await factory.WithDbAsync(db => db.DevSmsMessages.CountAsync(m => m.PhoneIndex == factory.PhoneIndex(phone)));
        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{factory.Provider}: 100 concurrent code requests → {texts} text(s), {gatewayCalls} gateway call(s), "
            + string.Join(", ", statuses.Select(s => $"{s.Value} x {(int)s.Key}")));
        Assert.Equal(1, texts);
        Assert.Equal(1, gatewayCalls);
        Assert.Equal(1, statuses.GetValueOrDefault(HttpStatusCode.Accepted));
        Assert.Equal(99, statuses.GetValueOrDefault(HttpStatusCode.TooManyRequests));
        Assert.All(
            responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests),
            r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60));
    }

    [Fact]
    public async Task ACodeTheGatewayDidNotTake_IsNotCounted_SoTheResidentMayAskAgainAtOnce()
    {
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        HttpResponseMessage whileDown;
        factory.Sms.Down = true;
        try
        {
            whileDown = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });
        }
        finally
        {
            factory.Sms.Down = false;
        }

        var again = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.NotNull(whileDown.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.OneTimeCodes.CountAsync(c => c.PhoneIndex == factory.PhoneIndex(phone))));
    }

    [Fact]
    public async Task AnExpiredCode_NeverSignsIn()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var client = factory.CreateClient();
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);
        factory.Clock.Advance(OneTimeCode.Lifetime + TimeSpan.FromSeconds(1));

        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });

        await factory.AssertCodeRefusedAsync(response, neverSignedIn: phone);
    }
}

public sealed class SqliteOneTimeCodeTests(SqliteApiFactory factory, ITestOutputHelper output)
    : OneTimeCodeTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresOneTimeCodeTests(PostgresApiFactory factory, ITestOutputHelper output)
    : OneTimeCodeTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerOneTimeCodeTests(SqlServerApiFactory factory, ITestOutputHelper output)
    : OneTimeCodeTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
