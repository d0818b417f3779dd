using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The password step: lockout after wrong passwords in a row, its audit, and nothing said about unknown usernames.</summary>
public abstract class StaffSignInTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Login_AfterFiveWrongPasswordsInARow_IsLockedFifteenMinutes_ThenOpensAgain()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("cw-lock");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");

        var wrong = new List<HttpResponseMessage>();
        for (var i = 1; i <= 5; i++)
        {
            wrong.Add(await factory.LoginAsync(username, $"wrong password {i}"));
        }

        var rightWhileLocked = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        factory.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var aSecondBefore = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterwards = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        foreach (var response in wrong.Take(4))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(await response.ProblemCodeAsync());
        }

        var locked = await wrong[4].JsonAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, wrong[4].StatusCode);
        Assert.Equal("account-locked", locked["code"]!.GetValue<string>());
        Assert.Equal(Morning.AddMinutes(15), locked["lockedUntil"]!.GetValue<DateTimeOffset>());
        Assert.Contains("账号已被锁定，请于 2026-11-23 09:15（北京时间）后再试", locked["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("account-locked", await rightWhileLocked.ProblemCodeAsync());
        Assert.Equal("account-locked", await aSecondBefore.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Lockout_IsAuditedFailureByFailure_ThenTheLockout_TheRefusals_AndTheSuccess()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("cw-audit");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        for (var i = 1; i <= 5; i++)
        {
            await factory.LoginAsync(username, $"wrong password {i}");
        }

        await factory.LoginAsync(username, ApiFactory.DemoPassword);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await factory.LoginAsync(username, ApiFactory.DemoPassword);

        var trail = await factory.AuditOfAsync(id);

        List<(string, AuditOutcome, string)> expected =
        [
            .. Enumerable.Repeat(("auth.staff-login", AuditOutcome.Failure, "wrong password"), 5),
            ("auth.staff-locked", AuditOutcome.Denied, "5 failures in a row; locked until 2026-11-23T01:15:00.0000000Z"),
            ("auth.staff-login", AuditOutcome.Denied, "account locked"),
            ("auth.staff-login", AuditOutcome.Success, "password"),
        ];
        Assert.Equal(expected, trail.Select(r => (r.Action, r.Outcome, r.Detail!)).ToList());
        Assert.All(trail, r => Assert.Equal(id, r.ActorId));
    }

    [Fact]
    public async Task Login_WithTheRightPassword_StartsTheCountAgain()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("cw-reset");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        for (var i = 0; i < 4; i++)
        {
            await factory.LoginAsync(username, "not the password");
        }

        var right = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        for (var i = 0; i < 4; i++)
        {
            await factory.LoginAsync(username, "not the password");
        }

        var stillOpen = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
    }

    [Fact]
    public async Task Login_WithAnUnknownUsername_AnswersExactlyAsAWrongPassword_AndIsNeverLocked()
    {
        var username = StaffAuth.NewUsername("cw-known");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        var unknown = StaffAuth.NewUsername("nobody");

        var wrongPassword = await factory.LoginAsync(username, "not the password");
        var unknownAnswers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            unknownAnswers.Add(await factory.LoginAsync(unknown, "not the password"));
        }

        var expected = await wrongPassword.JsonAsync();
        foreach (var response in unknownAnswers)
        {
            var body = await response.JsonAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(expected["title"]!.GetValue<string>(), body["title"]!.GetValue<string>());
            Assert.Equal(expected["type"]!.GetValue<string>(), body["type"]!.GetValue<string>());
            Assert.Null(body["detail"]);
            Assert.Null(body["code"]);
        }
    }

    [Fact]
    public async Task Login_UnknownUsernameAndWrongPassword_TakeAboutTheSameTime()
    {
        var accounts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            accounts.Add(StaffAuth.NewUsername("cw-timing"));
            await factory.AddStaffAsync(accounts[^1], Role.Caseworker, "civil", "530102");
        }

        await factory.LoginAsync(StaffAuth.NewUsername("warm-up"), "x");
        var known = new List<double>();
        var unknown = new List<double>();
        foreach (var account in accounts)
        {
            for (var i = 0; i < 4; i++)
            {
                known.Add(await TimeAsync(account));
                unknown.Add(await TimeAsync(StaffAuth.NewUsername("nobody")));
            }
        }

        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        output.WriteLine($"{factory.Provider}: wrong password median {knownMedian:F1} ms, unknown username median {unknownMedian:F1} ms over {known.Count} each");
        // Wide bounds, for a shared machine: what they catch is an unknown username answered without the
        // password hash (a tenth of the time), the tell an attacker would time.
        Assert.InRange(unknownMedian, knownMedian * 0.5, knownMedian * 2.5);

        async Task<double> TimeAsync(string username)
        {
            var watch = Stopwatch.StartNew();
            var response = await factory.LoginAsync(username, "not the password");
            watch.Stop();
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    [Fact]
    public async Task Login_OfADisabledAccount_AnswersAsAWrongPassword()
    {
        var username = StaffAuth.NewUsername("cw-disabled");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        await factory.SendAsAdminAsync($"/api/v1/admin/staff/{id}/disable");

        var response = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Lockout_FollowsAuthLockoutSettings()
    {
        factory.Clock.Set(Morning);
        await using var strict = factory.WithWebHostBuilder(b => b
            .UseSetting("Auth:Lockout:MaxFailedAttempts", "3")
            .UseSetting("Auth:Lockout:Minutes", "2"));
        var username = StaffAuth.NewUsername("cw-strict");
        await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        var client = strict.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username, password = "not the password" }));
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterTwoMinutes = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username, password = ApiFactory.DemoPassword });

        Assert.Null(await answers[1].ProblemCodeAsync());
        var locked = await answers[2].JsonAsync();
        Assert.Equal("account-locked", locked["code"]!.GetValue<string>());
        Assert.Equal(Morning.AddMinutes(2), locked["lockedUntil"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.OK, afterTwoMinutes.StatusCode);
    }
}

public sealed class SqliteStaffSignInTests(SqliteApiFactory factory, ITestOutputHelper output)
    : StaffSignInTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStaffSignInTests(PostgresApiFactory factory, ITestOutputHelper output)
    : StaffSignInTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStaffSignInTests(SqlServerApiFactory factory, ITestOutputHelper output)
    : StaffSignInTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
