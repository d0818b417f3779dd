using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Canaries: residents with unique ID numbers, phone numbers and hardship descriptions go through the
/// whole service (sign-in, submission, duplicate and invalid submissions, the caseworker's queue and
/// actions, supervision, reports and an export). Then every log line at Debug and above, every response
/// body except the reveal action's, and the raw bytes of the SQLite database files (with the WAL) are
/// searched for those values. SQLite only: its files are the ones a copied disk would expose.
/// </summary>
public sealed class PersonalDataCanaryTests(PersonalDataCanaryTests.CanaryApiFactory factory) : IClassFixture<PersonalDataCanaryTests.CanaryApiFactory>
{
    private const string County = "530112";
    private readonly List<string> _bodies = [];

    [Fact]
    public async Task IdNumbersPhonesAndDescriptions_AppearNowhere_ButInTheRevealAnswer()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-{County}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);
        var caseworker = await factory.StaffAsync($"cw-housing-{County}-{suffix}");
        var supervisor = await factory.StaffAsync($"sup-{County}-{suffix}");
        var canaries = Enumerable.Range(0, 5)
            .Select(i => new Canary(TestData.IdNumber(County), TestData.Phone(), $"金丝雀说明{i}：{Guid.NewGuid():N}，家里房子漏雨，老人看病没有钱。"))
            .ToList();

        var ids = new List<string>();
        foreach (var canary in canaries)
        {
            var resident = await factory.ResidentAsync(canary.Phone);
            var body = new
            {
                itemCode = TestData.OneStageItem,
                regionCode = County + "001",
                applicant = new { name = "金丝雀", idNumber = canary.IdNumber, phone = canary.Phone },
                answers = new { houseCondition = "roofLeaks", houseStructure = "earthWood", stillLivingIn = true, householdCategory = "dibao" },
                description = canary.Description,
            };
            var submitted = await RecordAsync(await resident.PostAsJsonAsync("/api/v1/applications", body));
            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
            var id = (await submitted.JsonAsync())["id"]!.GetValue<string>();
            ids.Add(id);

            // A duplicate, and an invalid one that still carries the canary phone and description.
            Assert.Equal(HttpStatusCode.Conflict, (await RecordAsync(await resident.PostAsJsonAsync("/api/v1/applications", body))).StatusCode);
            var invalid = new { body.itemCode, body.regionCode, applicant = new { name = "金丝雀", idNumber = canary.IdNumber[..17] + (canary.IdNumber[^1] == '0' ? "1" : "0"), phone = canary.Phone }, body.answers, body.description };
            Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(await resident.PostAsJsonAsync("/api/v1/applications", invalid))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(await resident.PostAsJsonAsync("/api/v1/auth/otp", new { phone = canary.Phone + "9" }))).StatusCode);

            await RecordAsync(await resident.GetAsync($"/api/v1/applications/{id}"));
            await RecordAsync(await resident.GetAsync("/api/v1/applications/mine"));
        }

        await RecordAsync(await caseworker.GetAsync("/api/v1/queue"));
        foreach (var id in ids)
        {
            await RecordAsync(await caseworker.GetAsync($"/api/v1/applications/{id}"));
            await RecordAsync(await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null));
        }

        await RecordAsync(await caseworker.PostAsJsonAsync($"/api/v1/applications/{ids[0]}/approve", new { reason = "符合条件", benefit = "每月 500 元" }));
        await RecordAsync(await caseworker.PostAsJsonAsync($"/api/v1/applications/{ids[1]}/request-info", new { reason = "请补充户口簿" }));
        await RecordAsync(await supervisor.PostAsJsonAsync($"/api/v1/applications/{ids[2]}/supervise", new { note = "请加快办理", deadline = ChinaDate(3) }));
        await RecordAsync(await supervisor.GetAsync($"/api/v1/applications/{ids[2]}/audit"));
        await RecordAsync(await supervisor.GetAsync("/api/v1/reports/overdue"));
        var from = ChinaDate(-30);
        var to = ChinaDate(0);
        await RecordAsync(await supervisor.GetAsync($"/api/v1/reports/completion?from={from}&to={to}"));
        var export = await RecordAsync(await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=detail&from={from}&to={to}"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await RecordAsync(await supervisor.GetAsync("/api/v1/reports/exports"));

        // The reveal action shows them in full: the one place they may appear. Its reason, which names
        // the phone, goes to the audit trail masked, so the file scan below checks that too.
        var revealed = await (await caseworker.PostAsJsonAsync($"/api/v1/applications/{ids[3]}/reveal", new { reason = $"核对户籍信息，来电 {canaries[3].Phone}" })).JsonAsync();
        Assert.Equal((canaries[3].IdNumber, canaries[3].Phone, canaries[3].Description),
            (revealed["idNumber"]!.GetValue<string>(), revealed["phone"]!.GetValue<string>(), revealed["description"]!.GetValue<string>()));

        var files = new[] { factory.DatabasePath, factory.DatabasePath + "-wal", factory.DatabasePath + "-shm" }.Where(File.Exists).ToList();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var logs = factory.Logs.ToList();

        var hits = new List<string>();
        foreach (var canary in canaries)
        {
            foreach (var value in new[] { canary.IdNumber, canary.Phone, canary.Description, canary.Description[..24] })
            {
                var pattern = Encoding.UTF8.GetBytes(value);
                hits.AddRange(logs.Where(l => l.Contains(value, StringComparison.Ordinal)).Select(l => $"log: {l[..Math.Min(l.Length, 160)]}"));
                hits.AddRange(_bodies.Where(b => b.Contains(value, StringComparison.Ordinal)).Select(b => $"response: {b[..Math.Min(b.Length, 160)]}"));
                hits.AddRange(files.Where((_, i) => bytes[i].AsSpan().IndexOf(pattern) >= 0).Select(f => $"file: {Path.GetFileName(f)} holds {value}"));
            }
        }

        Assert.True(logs.Count > 50, $"Only {logs.Count} log lines were captured.");
        Assert.True(bytes.Sum(b => b.Length) > 100_000, "The database files were not found.");
        Assert.True(hits.Count == 0, $"{hits.Count} hits:\n" + string.Join("\n", hits.Take(20)));
    }

    private async Task<HttpResponseMessage> RecordAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        _bodies.Add(Encoding.UTF8.GetString(body));
        var copy = new HttpResponseMessage(response.StatusCode) { Content = new ByteArrayContent(body) };
        foreach (var header in response.Content.Headers)
        {
            copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    private string ChinaDate(int days) =>
        ChinaTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Canary(string IdNumber, string Phone, string Description);

    /// <summary>A SQLite factory whose every log line, at Debug and above, is kept for the scan.</summary>
    public sealed class CanaryApiFactory : ApiFactory
    {
        public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "relief-tests", $"canary-{Guid.NewGuid():N}.db");

        public ConcurrentQueue<string> Logs { get; } = new();

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={DatabasePath}";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Debug");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new CaptureProvider(Logs)));
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed class CaptureProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CaptureLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CaptureLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
