using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Administrators manage staff accounts over HTTP; each change is audited, and nobody else may.</summary>
public abstract class StaffAdministrationTests<TFactory>(TFactory factory) : IAsyncLifetime
    where TFactory : ApiFactory
{
    private HttpClient _admin = null!;
    private Guid _adminId;

    public async Task InitializeAsync()
    {
        _admin = await factory.StaffAsync("admin");
        _adminId = await factory.WithDbAsync(db => Task.FromResult(db.StaffUsers.Single(u => u.Username == "admin").Id));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_ACaseworker_WhoReplacesTheOneTimePasswordAtFirstSignIn()
    {
        var username = StaffAuth.NewUsername("cw-new");

        var created = await _admin.PostAsJsonAsync("/api/v1/admin/staff", new { username, displayName = "曲靖民政经办人", role = "Caseworker", departmentCode = "civil", regionCode = "530302" });
        var body = await created.JsonAsync();
        var oneTimePassword = body["oneTimePassword"]!.GetValue<string>();
        var id = Guid.Parse(body["user"]!["id"]!.GetValue<string>());
        var firstSignIn = await factory.LoginAsync(username, oneTimePassword);
        var restricted = factory.WithToken(await firstSignIn.TokenAsync());
        var queueFirst = await restricted.GetAsync("/api/v1/queue");
        var weak = await restricted.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = oneTimePassword, newPassword = "password1234" });
        var changed = await restricted.PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = oneTimePassword, newPassword = "曲靖的路我都熟悉了" + "2026" });
        var queue = await factory.WithToken(await changed.TokenAsync()).GetAsync("/api/v1/queue");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/admin/staff/{id}", created.Headers.Location!.ToString());
        Assert.Matches("^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$", oneTimePassword);
        Assert.True(body["user"]!["mustChangePassword"]!.GetValue<bool>());
        Assert.Equal("password-change", (await firstSignIn.JsonAsync())["nextStep"]!.GetValue<string>());
        Assert.Equal("password-change-required", await queueFirst.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Null((await changed.JsonAsync())["nextStep"]);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains(await factory.AuditOfAsync(id), r => r is { Action: "staff.created", Detail: "Caseworker civil 530302" } && r.ActorId == _adminId);
    }

    [Fact]
    public async Task Create_ASupervisor_WhoChangesThePasswordThenEnrolsTotp()
    {
        var username = StaffAuth.NewUsername("sup-new");
        var created = await (await _admin.PostAsJsonAsync("/api/v1/admin/staff", new { username, displayName = "曲靖市督办员", role = "Supervisor", regionCode = "530300" })).JsonAsync();

        var first = await factory.LoginAsync(username, created["oneTimePassword"]!.GetValue<string>());
        var changed = await factory.WithToken(await first.TokenAsync())
            .PostAsJsonAsync("/api/v1/auth/staff/password", new { currentPassword = created["oneTimePassword"]!.GetValue<string>(), newPassword = "a supervisor's passphrase" });
        var enrolling = factory.WithToken(await changed.TokenAsync());
        var secret = (await (await enrolling.PostAsync("/api/v1/auth/staff/totp/enrol", null)).JsonAsync())["secret"]!.GetValue<string>();
        var confirmed = await enrolling.PostAsJsonAsync("/api/v1/auth/staff/totp/confirm", new { code = factory.CodeAt(secret) });

        Assert.Equal("password-change", (await first.JsonAsync())["nextStep"]!.GetValue<string>());
        Assert.Equal("totp-enrolment", (await changed.JsonAsync())["nextStep"]!.GetValue<string>());
        Assert.Null((await confirmed.JsonAsync())["nextStep"]);
        Assert.Equal("530300", (await confirmed.JsonAsync())["regionCode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Caseworker", "nosuch", "530302", "departmentCode")]
    [InlineData("Caseworker", null, "530302", "departmentCode")]
    [InlineData("Caseworker", "civil", "539999", "regionCode")]
    [InlineData("Caseworker", "civil", "530300", "regionCode")]
    [InlineData("Supervisor", "civil", "530300", "departmentCode")]
    [InlineData("Administrator", null, "530102", "regionCode")]
    [InlineData("Director", null, "530000", "role")]
    [InlineData("Caseworker", "Civil", "530302", "departmentCode")]
    [InlineData("Caseworker", "civil", "53030", "regionCode")]
    public async Task Create_WithAScopeTheRulesRefuse_Answers400OnTheField(string role, string? departmentCode, string regionCode, string field)
    {
        var response = await _admin.PostAsJsonAsync(
            "/api/v1/admin/staff", new { username = StaffAuth.NewUsername("bad"), displayName = "x", role, departmentCode, regionCode });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Theory]
    [InlineData("/api/v1/admin/staff?region=5301")]
    [InlineData("/api/v1/admin/staff?region=")]
    public async Task List_WithAMalformedRegion_Answers400OnRegionCode(string url)
    {
        var response = await _admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["regionCode"]);
    }

    [Fact]
    public async Task Create_WithATakenUsername_Answers409()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/admin/staff", new { username = "sup-530102", displayName = "x", role = "Supervisor", regionCode = "530102" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("username-taken", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task List_FiltersByRoleDepartmentAndRegion_AndPages()
    {
        var supervisors = await _admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/staff?role=Supervisor&region=530100");
        var civil = await _admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/staff?department=civil&region=530102");
        var firstPage = await _admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/staff?pageSize=2");
        var secondPage = await _admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/staff?pageSize=2&page=2");

        var supervisorNames = Usernames(supervisors!);
        Assert.Contains("sup-530100", supervisorNames);
        Assert.Contains("sup-530102", supervisorNames);
        Assert.DoesNotContain("sup-530000", supervisorNames);
        Assert.All(supervisors!["items"]!.AsArray(), u => Assert.Equal("Supervisor", u!["role"]!.GetValue<string>()));
        Assert.Contains("cw-civil-530102", Usernames(civil!));
        Assert.All(civil!["items"]!.AsArray(), u => Assert.Equal("civil", u!["departmentCode"]!.GetValue<string>()));
        Assert.Equal(2, firstPage!["items"]!.AsArray().Count);
        Assert.True(firstPage["total"]!.GetValue<int>() >= 12);
        Assert.Empty(Usernames(firstPage).Intersect(Usernames(secondPage!)));
        Assert.All(supervisors["items"]!.AsArray(), u => Assert.Null(u!["passwordHash"]));
    }

    [Fact]
    public async Task DisableAndEnable_AreAudited_AndSignInFollows()
    {
        var username = StaffAuth.NewUsername("cw-off");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");

        var disabled = await (await _admin.PostAsync($"/api/v1/admin/staff/{id}/disable", null)).JsonAsync();
        var refused = await factory.LoginAsync(username, ApiFactory.DemoPassword);
        var enabled = await (await _admin.PostAsync($"/api/v1/admin/staff/{id}/enable", null)).JsonAsync();
        var allowed = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.True(disabled["isDisabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(enabled["isDisabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var trail = (await factory.AuditOfAsync(id)).Where(r => r.Action.StartsWith("staff.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["staff.disabled", "staff.enabled"], trail.Select(r => r.Action));
        Assert.All(trail, r => Assert.Equal(_adminId, r.ActorId));
    }

    [Fact]
    public async Task Rescope_ChangesTheScope_AndIsAuditedWithBeforeAndAfter()
    {
        var id = await factory.AddStaffAsync(StaffAuth.NewUsername("cw-move"), Role.Caseworker, "civil", "530102");

        var response = await _admin.PostAsJsonAsync($"/api/v1/admin/staff/{id}/rescope", new { role = "Supervisor", regionCode = "530100" });
        var moved = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Supervisor", moved["role"]!.GetValue<string>());
        Assert.Null(moved["departmentCode"]);
        Assert.Equal("530100", moved["regionCode"]!.GetValue<string>());
        Assert.Contains(await factory.AuditOfAsync(id), r => r is { Action: "staff.rescoped", Detail: "Caseworker civil 530102 -> Supervisor - 530100" });
    }

    [Fact]
    public async Task ResetTotp_MakesTheSupervisorEnrolAgain_AndEndsTheirSessions()
    {
        var username = StaffAuth.NewUsername("sup-lost");
        var id = await factory.AddStaffAsync(username, Role.Supervisor, null, "530102");
        var supervisor = await factory.StaffAsync(username);

        var reset = await (await _admin.PostAsync($"/api/v1/admin/staff/{id}/totp/reset", null)).JsonAsync();
        var oldSession = await supervisor.GetAsync("/api/v1/reports/forecast");
        var next = await (await factory.LoginAsync(username, ApiFactory.DemoPassword)).JsonAsync();

        Assert.False(reset["totpEnabled"]!.GetValue<bool>());
        Assert.Equal("session-revoked", await oldSession.ProblemCodeAsync());
        Assert.Equal("totp-enrolment", next["nextStep"]!.GetValue<string>());
        Assert.Contains(await factory.AuditOfAsync(id), r => r.Action == "staff.totp-reset");
    }

    [Fact]
    public async Task Unlock_LetsALockedAccountSignInAtOnce()
    {
        var username = StaffAuth.NewUsername("cw-unlock");
        var id = await factory.AddStaffAsync(username, Role.Caseworker, "civil", "530102");
        for (var i = 0; i < 5; i++)
        {
            await factory.LoginAsync(username, "not the password");
        }

        var locked = await _admin.GetFromJsonAsync<JsonObject>($"/api/v1/admin/staff/{id}");
        await _admin.PostAsync($"/api/v1/admin/staff/{id}/unlock", null);
        var response = await factory.LoginAsync(username, ApiFactory.DemoPassword);

        Assert.NotNull(locked!["lockedUntil"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await factory.AuditOfAsync(id), r => r.Action == "staff.unlocked" && r.Outcome == AuditOutcome.Success);
    }

    [Fact]
    public async Task Administrator_CannotDisableOrDemoteThemselves()
    {
        var disable = await _admin.PostAsync($"/api/v1/admin/staff/{_adminId}/disable", null);
        var demote = await _admin.PostAsJsonAsync($"/api/v1/admin/staff/{_adminId}/rescope", new { role = "Supervisor", regionCode = "530000" });

        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Equal("cannot-disable-self", await disable.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal("cannot-demote-self", await demote.ProblemCodeAsync());
    }

    [Fact]
    public async Task UnknownAccount_Answers404()
    {
        var response = await _admin.PostAsync($"/api/v1/admin/staff/{Guid.NewGuid()}/disable", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("cw-civil-530102")]
    [InlineData("sup-530000")]
    public async Task OtherRoles_Answer404(string username)
    {
        var client = await factory.StaffAsync(username);

        var list = await client.GetAsync("/api/v1/admin/staff");
        var create = await client.PostAsJsonAsync("/api/v1/admin/staff", new { username = "x-created", displayName = "x", role = "Administrator", regionCode = "530000" });
        var disable = await client.PostAsync($"/api/v1/admin/staff/{_adminId}/disable", null);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Answers401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/admin/staff");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static List<string> Usernames(JsonObject page) =>
        page["items"]!.AsArray().Select(u => u!["username"]!.GetValue<string>()).ToList();
}

public sealed class SqliteStaffAdministrationTests(SqliteApiFactory factory) : StaffAdministrationTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStaffAdministrationTests(PostgresApiFactory factory) : StaffAdministrationTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStaffAdministrationTests(SqlServerApiFactory factory) : StaffAdministrationTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
