using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Audit;
using ReliefPlatform.Infrastructure.Persistence.Seeding;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real API over real HTTP on a real database, one database per test class: a SQLite file, a
/// database of its own on the PostgreSQL server that the test command starts, or one on the SQL Server
/// named by <c>RELIEF_TEST_SQLSERVER</c>.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo#2026";

    public abstract string Provider { get; }

    /// <summary>The clock every part of the service reads (due dates, sweeps, token lifetimes).</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The SMS gateway; a test can take it down.</summary>
    public SwitchableSmsGateway Sms { get; } = new();

    public abstract string ConnectionString { get; }

    /// <summary>The export archive of this factory's service.</summary>
    public string ExportDirectory { get; } = Path.Combine(Path.GetTempPath(), "relief-tests", $"exports-{Guid.NewGuid():N}");

    /// <summary>Where this factory's service keeps uploaded attachments.</summary>
    public string AttachmentDirectory { get; } = Path.Combine(Path.GetTempPath(), "relief-tests", $"attachments-{Guid.NewGuid():N}");

    /// <summary>Settings a derived factory adds, or overrides, over the ones every test host gets.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected virtual string Environment => "Development";

    /// <summary>Whether SMS goes to <see cref="Sms"/> (the development outbox behind a switch) rather than where the settings say.</summary>
    protected virtual bool UsesSwitchableSms => true;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(ExportDirectory))
        {
            Directory.Delete(ExportDirectory, recursive: true);
        }

        if (Directory.Exists(AttachmentDirectory))
        {
            Directory.Delete(AttachmentDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Relief", ConnectionString);
        builder.UseSetting("Sms:Delivery", "Outbox");
        builder.UseSetting("Demo:Password", DemoPassword);

        // Scheduled runs would fire in the middle of tests; tests send the commands or trigger runs themselves.
        builder.UseSetting("Jobs:Schedules:chase-deadlines", "never");
        builder.UseSetting("Jobs:Schedules:deliver-messages", "never");
        builder.UseSetting("Jobs:Schedules:run-exports", "never");
        builder.UseSetting("Jobs:Schedules:protect-personal-data", "never");
        builder.UseSetting("Jobs:Schedules:purge-sign-ins", "never");
        builder.UseSetting("Jobs:Schedules:chase-leads", "never");
        builder.UseSetting("Jobs:Schedules:chase-follow-ups", "never");
        builder.UseSetting("Jobs:Schedules:evaluate-households", "never");
        builder.UseSetting("Exports:Directory", ExportDirectory);
        builder.UseSetting("Attachments:Directory", AttachmentDirectory);

        // Many hosts run at once: each scrape listener on a free port rather than 9464.
        builder.UseSetting("Telemetry:Metrics:Port", "0");

        // Every test client shares one address; the per-address limits have tests of their own.
        foreach (var policy in new[] { "OtpRequest", "OtpVerify", "StaffLogin", "HelpRequest" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(ConfigureLogging);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (UsesSwitchableSms)
            {
                services.RemoveAll<ISmsSender>();
                services.AddScoped<DevSmsOutbox>();
                services.AddSingleton(Sms);
                services.AddScoped<ISmsSender, SwitchableSmsSender>();
            }
        });
    }

    protected virtual void ConfigureLogging(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    /// <summary>Sends a request through the real pipeline in a scope of its own, as a job or another caller would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(MediatR.IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(request);
    }

    /// <summary>A client signed in as a resident, through the real one-time-code flow and the dev SMS outbox.</summary>
    public async Task<HttpClient> ResidentAsync(string? phone = null)
    {
        phone ??= TestData.Phone();
        var client = CreateClient();
        var code = await SendCodeAsync(client, phone);
        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Asks for a sign-in code and reads it from the development outbox.</summary>
    public static async Task<string> SendCodeAsync(HttpClient client, string phone)
    {
        (await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).EnsureSuccessStatusCode();
        return await LatestCodeAsync(client, phone);
    }

    /// <summary>The blind index a phone is stored under, for tests that look at the tables.</summary>
    public string PhoneIndex(string phone) => Services.GetRequiredService<IPersonalDataIndex>().OfPhone(phone);

    public static async Task<string> LatestCodeAsync(HttpClient client, string phone)
    {
        var messages = await client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/sms?phone={phone}");
        return messages![0]!["code"]!.GetValue<string>();
    }

    /// <summary>Asserts that a code was refused: 400 on <c>code</c>, no token, and no account for a phone that never signed in.</summary>
    public async Task AssertCodeRefusedAsync(HttpResponseMessage response, string? neverSignedIn = null)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(body["errors"]!["code"]);
        Assert.Null(body["accessToken"]);
        if (neverSignedIn is not null)
        {
            Assert.False(await WithDbAsync(db => db.Residents.AnyAsync(r => r.PhoneIndex == PhoneIndex(neverSignedIn))));
        }
    }

    /// <summary>
    /// A client signed in as a member of staff (a demo account, or one made by <see cref="AddStaffAsync"/>),
    /// through the real sign-in: the password, then the TOTP code when the account has TOTP.
    /// </summary>
    public async Task<HttpClient> StaffAsync(string username)
    {
        var client = CreateClient();
        var signedIn = await PostForTokenAsync(client, "/api/v1/auth/staff/login", new { username, password = DemoPassword });
        if (signedIn["nextStep"]?.GetValue<string>() == "totp")
        {
            signedIn = await PostForTokenAsync(client, "/api/v1/auth/staff/totp/verify", new { code = await FreshTotpCodeAsync(username) });
        }

        Assert.Null(signedIn["nextStep"]);
        return client;
    }

    /// <summary>Posts a sign-in step, expects 200, and signs <paramref name="client"/> in with the token it answers.</summary>
    public static async Task<JsonObject> PostForTokenAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer["accessToken"]!.GetValue<string>());
        return answer;
    }

    /// <summary>
    /// A code from the demo secret, at the test clock's time, that the account has not used yet. An
    /// authenticator app would wait for the next step; a test clock that stands still or goes back has
    /// none, so then the account's last used step is forgotten first. Replay refusal is tested on its own
    /// (TotpTests), never through this helper.
    /// </summary>
    public async Task<string> FreshTotpCodeAsync(string username)
    {
        // Now's step or the next: on a running clock the request may reach the service a step later.
        var now = Totp.StepAt(Clock.GetUtcNow().UtcDateTime);
        var lastUsed = await WithDbAsync(db => db.StaffUsers.Where(u => u.Username == username).Select(u => u.TotpLastUsedStep).FirstAsync());
        var step = lastUsed is null || lastUsed < now ? now : now + 1;
        if (lastUsed >= step)
        {
            await WithDbAsync(db => db.StaffUsers.Where(u => u.Username == username).ExecuteUpdateAsync(u => u.SetProperty(x => x.TotpLastUsedStep, (long?)null)));
            step = now;
        }

        return Totp.Code(Base32.Decode(DemoAccounts.DefaultTotpSecret), step);
    }

    /// <summary>
    /// Adds a staff account straight into the database, with the demo password; supervisors and
    /// administrators with TOTP on the demo secret unless <paramref name="enrolTotp"/> is false.
    /// </summary>
    public async Task<Guid> AddStaffAsync(string username, Role role, string? departmentCode, string regionCode, bool enrolTotp = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var user = new StaffUser(username, username, role, Codes.ParseOptional<DepartmentCode>(departmentCode), RegionCode.Parse(regionCode));
        user.SetPasswordHash(scope.ServiceProvider.GetRequiredService<ISecretHasher>().HashPassword(DemoPassword));
        if (user.RequiresTotp && enrolTotp)
        {
            DemoDataSeeder.EnrolTotp(
                user, Base32.Decode(DemoAccounts.DefaultTotpSecret), scope.ServiceProvider.GetRequiredService<ITotpSecretProtector>(), Clock.GetUtcNow().UtcDateTime);
        }

        db.StaffUsers.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Chains every audit record written so far, rather than waiting for the sealer's next pass.</summary>
    public Task<int> ChainAuditAsync() => Services.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None);

    public async Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReliefDbContext>());
    }
}

public class SqliteApiFactory : ApiFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "relief-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={_path}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public class PostgresApiFactory : ApiFactory
{
    private readonly PostgresDatabase _database = new();

    public override string Provider => "PostgreSQL";

    public override string ConnectionString => _database.ConnectionString;

    public override Task InitializeAsync() => PostgresDatabase.EnsureServerAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}

/// <summary>A database of its own on <c>RELIEF_TEST_SQLSERVER</c>; its tests are skipped without it.</summary>
public class SqlServerApiFactory : ApiFactory
{
    private readonly Lazy<SqlServerDatabase> _database = new(() => new SqlServerDatabase());

    public override string Provider => "SqlServer";

    public override string ConnectionString => _database.Value.ConnectionString;

    public override Task InitializeAsync() => SqlServerDatabase.SkipReason is null ? SqlServerDatabase.EnsureServerAsync() : Task.CompletedTask;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database.IsValueCreated)
        {
            await _database.Value.DropAsync();
        }
    }
}

