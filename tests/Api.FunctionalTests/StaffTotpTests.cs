using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Persistence.Seeding;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>TOTP: enrolment, the two-step sign-in, replayed codes, and its being required of supervisors and administrators.</summary>
public abstract class StaffTotpTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 10, TimeSpan.FromHours(8));

    [Fact]
    public async Task Caseworker_EnrolsTotp_ThenSignsInWithPasswordAndCode()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("cw-totp");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        var before = await factory.StaffAsync(username);

        var enrolment = await (await before.PostAsync("/api/v1/auth/staff/totp/enrol", null)).JsonAsync();
        var secret = enrolment["secret"]!.GetValue<string>();
        var stored = await factory.WithDbAsync(db => db.StaffUsers.Where(u => u.Id == id).Select(u => u.TotpPendingSecret).FirstAsync());
        var wrongConfirm = await before.PostAsJsonAsync("/api/v1/auth/staff/totp/confirm", new { code = WrongCode(factory.CodeAt(secret)) });
        var confirmed = await before.PostAsJsonAsync("/api/v1/auth/staff/totp/confirm", new { code = factory.CodeAt(secret) });
        var oldSession = await before.GetAsync("/api/v1/queue");
        var password = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        var challenge = factory.WithToken(await password.TokenAsync());
        var queueBeforeCode = await challenge.GetAsync("/api/v1/queue");
        var verified = await challenge.PostAsJsonAsync("/api/v1/auth/staff/totp/verify", new { code = factory.CodeAt(secret, steps: 1) });
        var queue = await factory.WithToken(await verified.TokenAsync()).GetAsync("/api/v1/queue");

        Assert.Equal(20, Base32.Decode(secret).Length);
        Assert.Equal(
            $"otpauth://totp/%E6%94%BF%E5%BA%9C%E6%95%91%E5%8A%A9%E5%B9%B3%E5%8F%B0:{username}?secret={secret}&issuer=%E6%94%BF%E5%BA%9C%E6%95%91%E5%8A%A9%E5%B9%B3%E5%8F%B0&algorithm=SHA1&digits=6&period=30",
            enrolment["otpauthUri"]!.GetValue<string>());
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, wrongConfirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("session-revoked", await oldSession.ProblemCodeAsync());
        Assert.Equal("totp", (await password.JsonAsync())["nextStep"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, queueBeforeCode.StatusCode);
        Assert.Equal("totp-required", await queueBeforeCode.ProblemCodeAsync());
        Assert.Null((await verified.JsonAsync())["nextStep"]);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task Verify_WithACodeAlreadyUsed_IsRefused_EvenWithinItsThirtySeconds()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("sup-replay");
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530102");
        var code = factory.CodeAt(DemoSecret);

        var first = await VerifyAfterPasswordAsync(username, code);
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        var replayed = await VerifyAfterPasswordAsync(username, code);
        var next = await VerifyAfterPasswordAsync(username, factory.CodeAt(DemoSecret, steps: 1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("已经用过", (await replayed.JsonAsync())["errors"]!["code"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Verify_WithACodeTwoStepsOld_IsRefused()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("sup-drift");
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530102");

        var response = await VerifyAfterPasswordAsync(username, factory.CodeAt(DemoSecret, steps: -2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Supervisor_WithoutTotp_IsSignedInOnlyToEnrol()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("sup-new");
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530102", enrolTotp: false);

        var password = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        var restricted = factory.WithToken(await password.TokenAsync());
        var report = await restricted.GetAsync("/api/v1/reports/completion?from=2026-01-01&to=2026-12-31&groupBy=department");
        var changePassword = await restricted.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = ApiFactory.DemoPassword, newPassword = "a brand new passphrase" });
        var secret = (await (await restricted.PostAsync("/api/v1/auth/staff/totp/enrol", null)).JsonAsync())["secret"]!.GetValue<string>();
        var confirmed = await restricted.PostAsJsonAsync("/api/v1/auth/staff/totp/confirm", new { code = factory.CodeAt(secret) });
        var full = factory.WithToken(await confirmed.TokenAsync());
        var reportAfter = await full.GetAsync("/api/v1/reports/completion?from=2026-01-01&to=2026-12-31&groupBy=department");
        var nextLogin = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.Equal("totp-enrolment", (await password.JsonAsync())["nextStep"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, report.StatusCode);
        Assert.Equal("totp-enrolment-required", await report.ProblemCodeAsync());
        Assert.Equal("totp-enrolment-required", await changePassword.ProblemCodeAsync());
        Assert.Null((await confirmed.JsonAsync())["nextStep"]);
        Assert.Equal(HttpStatusCode.OK, reportAfter.StatusCode);
        Assert.Equal("totp", (await nextLogin.JsonAsync())["nextStep"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_WrongCodesCountTowardTheLockout_AndTheRightPasswordAloneDoesNotResetTheCount()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("sup-guess");
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530102");
        var wrong = WrongCode(factory.CodeAt(DemoSecret));

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add(await VerifyAfterPasswordAsync(username, wrong));
        }

        var rightPassword = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.All(answers.Take(4), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, answers[4].StatusCode);
        Assert.Equal("account-locked", await answers[4].ProblemCodeAsync());
        Assert.Equal("account-locked", await rightPassword.ProblemCodeAsync());
    }

    [Fact]
    public async Task Verify_MoreThanFiveMinutesAfterThePassword_IsRefused()
    {
        factory.Clock.Set(Morning);
        var username = StaffAuth.NewUsername("sup-slow");
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530102");
        var challenge = factory.WithToken(await (await factory.LoginAsync(username, ApiFactory.DemoPassword)).TokenAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var response = await challenge.PostAsJsonAsync("/api/v1/auth/staff/totp/verify", new { code = factory.CodeAt(DemoSecret) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("session-expired", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task Enrol_WhenTotpIsAlreadyOn_Answers409()
    {
        var supervisor = await factory.StaffAsync("sup-530102");

        var response = await supervisor.PostAsync("/api/v1/auth/staff/totp/enrol", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("totp-already-enrolled", await response.ProblemCodeAsync());
    }

    private static string DemoSecret => DemoAccounts.DefaultTotpSecret;

    private static string WrongCode(string code) => code == "000000" ? "111111" : "000000";

    private async Task<HttpResponseMessage> VerifyAfterPasswordAsync(string username, string code)
    {
        var challenge = factory.WithToken(await (await factory.LoginAsync(username, ApiFactory.DemoPassword)).TokenAsync());
        return await challenge.PostAsJsonAsync("/api/v1/auth/staff/totp/verify", new { code });
    }
}

public sealed class SqliteStaffTotpTests(SqliteApiFactory factory) : StaffTotpTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStaffTotpTests(PostgresApiFactory factory) : StaffTotpTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStaffTotpTests(SqlServerApiFactory factory) : StaffTotpTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
