using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Auth.PurgeSignIns;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Every authenticated request checks its session: revoked, idle, expired, disabled and re-scoped sessions answer 401.</summary>
public abstract class SessionTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Logout_EndsTheStaffSession()
    {
        var caseworker = await NewCaseworkerAsync();
        var before = await caseworker.Client.GetAsync("/api/v1/queue");

        var logout = await caseworker.Client.PostAsync("/api/v1/auth/logout", null);
        var after = await caseworker.Client.GetAsync("/api/v1/queue");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("session-revoked", await after.ProblemCodeAsync());
    }

    [Fact]
    public async Task Logout_EndsTheResidentSession()
    {
        var resident = await factory.ResidentAsync();

        await resident.PostAsync("/api/v1/auth/logout", null);
        var after = await resident.GetAsync("/api/v1/applications/mine");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("session-revoked", await after.ProblemCodeAsync());
    }

    [Fact]
    public async Task StaffSession_EndsAfterFifteenMinutesWithoutUse_NotWhileInUse()
    {
        factory.Clock.Set(Morning);
        var caseworker = await NewCaseworkerAsync();

        var answers = new List<HttpStatusCode>();
        foreach (var minutes in new[] { 14, 14, 14 })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(minutes));
            answers.Add((await caseworker.Client.GetAsync("/api/v1/queue")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var idle = await caseworker.Client.GetAsync("/api/v1/queue");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
        Assert.Equal("session-idle", await idle.ProblemCodeAsync());
    }

    [Fact]
    public async Task StaffSession_EndsAfterEightHours_HoweverBusy()
    {
        factory.Clock.Set(Morning);
        var caseworker = await NewCaseworkerAsync();

        var answers = new List<HttpStatusCode>();
        for (var elapsed = TimeSpan.FromMinutes(10); elapsed < TimeSpan.FromHours(8); elapsed += TimeSpan.FromMinutes(10))
        {
            factory.Clock.Set(Morning + elapsed);
            answers.Add((await caseworker.Client.GetAsync("/api/v1/queue")).StatusCode);
        }

        factory.Clock.Set(Morning + TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        var expired = await caseworker.Client.GetAsync("/api/v1/queue");

        Assert.Equal(47, answers.Count);
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("session-expired", await expired.ProblemCodeAsync());
    }

    [Fact]
    public async Task ResidentSession_LastsThirtyMinutesWithoutUse()
    {
        factory.Clock.Set(Morning);
        var resident = await factory.ResidentAsync();

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillIn = await resident.GetAsync("/api/v1/applications/mine");
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var idle = await resident.GetAsync("/api/v1/applications/mine");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("session-idle", await idle.ProblemCodeAsync());
    }

    [Fact]
    public async Task ResidentSession_KeptByTheFormsDraftSaves_ThenIdlesOutWhenTheyStop()
    {
        factory.Clock.Set(Morning);
        var resident = await factory.ResidentAsync();

        // The phone page saves the draft every 5 minutes of typing (web/src/lib/keepAlive.js): two hours on one form.
        var saves = new List<HttpStatusCode>();
        for (var i = 1; i <= 24; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
            saves.Add((await resident.PutAsJsonAsync("/api/v1/drafts/civil.dibao", new { data = new { v = 1, itemCode = "civil.dibao", step = 2, savedAt = i } })).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var idle = await resident.GetAsync("/api/v1/drafts/civil.dibao");

        Assert.All(saves, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal("session-idle", await idle.ProblemCodeAsync());
    }

    [Fact]
    public async Task DisablingTheAccount_EndsItsSessions()
    {
        var caseworker = await NewCaseworkerAsync();

        await factory.SendAsAdminAsync($"/api/v1/admin/staff/{caseworker.Id}/disable");
        var after = await caseworker.Client.GetAsync("/api/v1/queue");
        // Signing in again from the same page, which still sends the ended session's token: refused as
        // sign-ins are (no code), not dressed up as the old session's ending.
        var again = await caseworker.Client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = caseworker.Username, password = ApiFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("session-revoked", await after.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Null(await again.ProblemCodeAsync());
        Assert.Equal(
            SessionEnd.AccountDisabled,
            await factory.WithDbAsync(db => db.Sessions.Where(s => s.SubjectId == caseworker.Id).Select(s => s.RevokedBecause).SingleAsync()));
    }

    [Fact]
    public async Task RescopingTheAccount_EndsItsSessions_AndTheNextSignInCarriesTheNewScope()
    {
        var caseworker = await NewCaseworkerAsync();

        await factory.SendAsAdminAsync($"/api/v1/admin/staff/{caseworker.Id}/rescope", new { role = "Caseworker", departmentCode = "edu", regionCode = "530102" });
        var after = await caseworker.Client.GetAsync("/api/v1/queue");
        var again = await (await factory.LoginAsync(caseworker.Username, ApiFactory.DemoPassword)).JsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("session-revoked", await after.ProblemCodeAsync());
        Assert.Equal("edu", again["departmentCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task LastUse_IsWrittenAtMostOnceAMinute()
    {
        factory.Clock.Set(Morning);
        var caseworker = await NewCaseworkerAsync();
        async Task<DateTime> LastSeenAsync() =>
            await factory.WithDbAsync(db => db.Sessions.Where(s => s.SubjectId == caseworker.Id).Select(s => s.LastSeenAt).SingleAsync());

        for (var i = 0; i < 10; i++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(5));
            (await caseworker.Client.GetAsync("/api/v1/queue")).EnsureSuccessStatusCode();
        }

        var afterFiftySeconds = await LastSeenAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        (await caseworker.Client.GetAsync("/api/v1/queue")).EnsureSuccessStatusCode();
        var afterAMinute = await LastSeenAsync();

        Assert.Equal(Morning.UtcDateTime, afterFiftySeconds);
        Assert.Equal(Morning.AddMinutes(1).UtcDateTime, afterAMinute);
    }

    [Fact]
    public async Task Token_WithoutASession_IsRefused()
    {
        var caseworker = await NewCaseworkerAsync();
        await factory.WithDbAsync(db => db.Sessions.Where(s => s.SubjectId == caseworker.Id).ExecuteDeleteAsync());

        var response = await caseworker.Client.GetAsync("/api/v1/queue");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PurgeSignIns_DeletesSessionsEndedOverThirtyDaysAgo_AndDayOldCodes_ButNotLiveOnes()
    {
        factory.Clock.Set(Morning);
        var oldPhone = TestData.Phone();
        await factory.ResidentAsync(oldPhone);
        var oldResident = await factory.WithDbAsync(db => db.Residents.Where(r => r.PhoneIndex == factory.PhoneIndex(oldPhone)).Select(r => r.Id).SingleAsync());

        factory.Clock.Advance(TimeSpan.FromDays(31));
        var livePhone = TestData.Phone();
        var live = await factory.ResidentAsync(livePhone);
        var result = await factory.SendAsync(new PurgeSignInsCommand());

        Assert.True(result.SessionsDeleted >= 1 && result.CodesDeleted >= 1, result.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Sessions.AnyAsync(s => s.SubjectId == oldResident)));
        Assert.False(await factory.WithDbAsync(db => db.OneTimeCodes.AnyAsync(c => c.PhoneIndex == factory.PhoneIndex(oldPhone))));
        Assert.True(await factory.WithDbAsync(db => db.OneTimeCodes.AnyAsync(c => c.PhoneIndex == factory.PhoneIndex(livePhone))));
        Assert.Equal(HttpStatusCode.OK, (await live.GetAsync("/api/v1/applications/mine")).StatusCode);
    }

    [Fact]
    public async Task ATokenReSignedWithOtherClaims_GainsNothing_TheRoleAndScopeAreTheServers()
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await NewCaseworkerAsync();
        var eduUsername = StaffAuth.NewUsername("cw-edu");
        await factory.AddStaffAsync(eduUsername, Role.Caseworker, "edu", "530102");
        var ofEdu = (await resident.SubmitAsync(TestData.StudentAid()))["id"]!.GetValue<string>();

        // Whoever holds the signing key can sign any claims; the session and the account decide what they mean.
        var asAdministrator = Forged(resident, new() { ["role"] = "Administrator" });
        var asEduProvince = Forged(caseworker.Client, new() { ["dept"] = "edu", ["region"] = "530000" });

        var staffList = (await asAdministrator.GetAsync("/api/v1/admin/staff")).StatusCode;
        Assert.Equal((await resident.GetAsync("/api/v1/admin/staff")).StatusCode, staffList);
        Assert.NotEqual(HttpStatusCode.OK, staffList);
        Assert.Equal(HttpStatusCode.OK, (await asAdministrator.GetAsync("/api/v1/applications/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asEduProvince.GetAsync($"/api/v1/applications/{ofEdu}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.StaffAsync(eduUsername)).GetAsync($"/api/v1/applications/{ofEdu}")).StatusCode);
    }

    private HttpClient Forged(HttpClient signedIn, Dictionary<string, object> changes)
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var token = handler.ReadJsonWebToken(signedIn.DefaultRequestHeaders.Authorization!.Parameter);
        var claims = token.Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value);
        foreach (var (type, value) in changes)
        {
            claims[type] = value;
        }

        var key = factory.Services.GetRequiredService<ReliefPlatform.Infrastructure.Identity.AuthOptions>().SigningKey;
        var forged = handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new(new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(key)), "HS256"),
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        return client;
    }

    private async Task<(Guid Id, string Username, HttpClient Client)> NewCaseworkerAsync()
    {
        var username = StaffAuth.NewUsername("cw-session");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        return (id, username, await factory.StaffAsync(username));
    }
}

public sealed class SqliteSessionTests(SqliteApiFactory factory) : SessionTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresSessionTests(PostgresApiFactory factory) : SessionTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerSessionTests(SqlServerApiFactory factory) : SessionTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
