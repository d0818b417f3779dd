using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Changing one's own password: the current one is checked, the new one follows the policy, and all other sessions end.</summary>
public abstract class StaffPasswordTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Theory]
    [InlineData("eleven char")]
    [InlineData("woaini1314520")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("my name is {username}!")]
    [InlineData("{long}")]
    public async Task ChangePassword_ToOneThePolicyRefuses_Answers400OnNewPassword(string newPassword)
    {
        var (username, client) = await NewCaseworkerAsync();
        newPassword = newPassword.Replace("{username}", username, StringComparison.Ordinal).Replace("{long}", new string('长', 129), StringComparison.Ordinal);

        var response = await client.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = ApiFactory.DemoPassword, newPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["newPassword"]);
    }

    [Fact]
    public async Task ChangePassword_EndsEverySession_AndOnlyTheNewPasswordSignsIn()
    {
        var (username, client) = await NewCaseworkerAsync();
        var elsewhere = await factory.StaffAsync(username);

        var changed = await client.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = ApiFactory.DemoPassword, newPassword = "云南的山很高，去县里的路很远" });
        var renewed = factory.WithToken(await changed.TokenAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(username, ApiFactory.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(username, "云南的山很高，去县里的路很远")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_Answers400_AndCountsTowardTheLockout()
    {
        var (_, client) = await NewCaseworkerAsync();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = "a guess " + i, newPassword = "a brand new passphrase" }));
        }

        Assert.All(answers.Take(4), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.NotNull((await answers[0].JsonAsync())["errors"]!["currentPassword"]);
        Assert.Equal("account-locked", await answers[4].ProblemCodeAsync());
    }

    [Fact]
    public async Task ChangePassword_ToTheSamePassword_Answers400()
    {
        var username = StaffAuth.NewUsername("cw-same");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        var client = await factory.StaffAsync(username);
        await client.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = ApiFactory.DemoPassword, newPassword = "a long enough passphrase" });
        client = factory.WithToken(await (await factory.LoginAsync(username, "a long enough passphrase")).TokenAsync());

        var response = await client.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = "a long enough passphrase", newPassword = "a long enough passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["newPassword"]);
    }

    private async Task<(string Username, HttpClient Client)> NewCaseworkerAsync()
    {
        var username = StaffAuth.NewUsername("cw-pw");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        return (username, await factory.StaffAsync(username));
    }
}

public sealed class SqliteStaffPasswordTests(SqliteApiFactory factory) : StaffPasswordTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStaffPasswordTests(PostgresApiFactory factory) : StaffPasswordTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStaffPasswordTests(SqlServerApiFactory factory) : StaffPasswordTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
