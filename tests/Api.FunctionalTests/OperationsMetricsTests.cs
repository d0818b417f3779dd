using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// A scripted day on Tuesday 17 November 2026, then the scrape: three 低保 applications in 五华区 (one
/// approved), sign-in failures and a lockout, a refused code request, the SMS gateway down for a
/// delivery run and back for the next, the statistics job failing once (its table away) and then
/// succeeding. Every figure the operators' metrics show is compared with what was done. Not run beside
/// other classes: ASP.NET Core's and the HTTP client's meters are process-wide by name, and other hosts'
/// requests would count in them.
/// </summary>
public abstract class OperationsMetricsTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory, ITelemetryApiFactory
{
    private static readonly DateOnly Day = new(2026, 11, 17);

    [Fact]
    public async Task AfterAScriptedDay_TheScrapeShowsEachFigure_AndThePublicListenerDoesNotServeIt()
    {
        factory.Clock.SetChinaTime(Day, 10);
        var gateway = factory.Gateway;
        gateway.Script();

        // Sign-ins: a resident, then the code-request limit (2 per address) refuses a third request; a wrong code.
        var phone = TestData.Phone();
        var resident = await factory.ResidentThroughGatewayAsync(gateway, phone);
        var anonymous = factory.CreateClient();
        var second = TestData.Phone();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/otp", new { phone = second })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.PostAsJsonAsync("/api/v1/auth/otp", new { phone = TestData.Phone() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone = second, code = "000000" })).StatusCode);

        // Staff: five wrong passwords lock an account (5 failures, 1 lockout); an unknown username is a sixth failure.
        var locked = $"cw-lock-{Guid.NewGuid():N}"[..20];
        await factory.AddStaffAsync(locked, Role.Caseworker, "civil", "530102");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = locked, password = "wrong-password-123" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "wrong-password-123" })).StatusCode);

        // Three applications; the caseworker accepts and approves one.
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await resident.SubmitAsync(TestData.Application(phone: phone)))["id"]!.GetValue<string>());
        }

        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        (await caseworker.PostAsync($"/api/v1/applications/{ids[0]}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{ids[0]}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        var queued = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxMessageStatus.Pending));
        Assert.True(queued >= 3, $"{queued} messages queued");

        // The gateway is down for the delivery run: every message is retried later (3 attempts each).
        gateway.Script([.. Enumerable.Repeat(GatewayAnswer.Fail, queued * 3)]);
        Assert.Equal("Succeeded", (await factory.RunJobAsync("deliver-messages"))["outcome"]!.GetValue<string>());
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var during = await ScrapeAsync();

        Assert.Equal(queued, during.Value("relief_sms_outbox_backlog"));
        Assert.Equal(1800, during.Value("relief_sms_outbox_oldest_age_seconds"));
        Assert.Equal(queued, during.Sum("relief_sms_deliveries_total", ("relief_sms_outcome", "retry")));
        Assert.Equal(0, during.Sum("relief_sms_deliveries_total", ("relief_sms_outcome", "sent")));

        // The gateway is back: the next run sends them all.
        gateway.Script();
        Assert.Equal("Succeeded", (await factory.RunJobAsync("deliver-messages"))["outcome"]!.GetValue<string>());

        // The statistics job fails while its table is away, then records the day once it is over.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "DailyStatistics" RENAME TO "DailyStatisticsAway" """));
        try
        {
            Assert.Equal("Failed", (await factory.RunJobAsync("daily-statistics"))["outcome"]!.GetValue<string>());
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "DailyStatisticsAway" RENAME TO "DailyStatistics" """));
        }

        factory.Clock.SetChinaTime(Day.AddDays(1), 0);
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var statisticsAt = factory.Clock.GetUtcNow();
        Assert.Equal("Succeeded", (await factory.RunJobAsync("daily-statistics"))["outcome"]!.GetValue<string>());

        var after = await ScrapeAsync();
        var system = factory.Provider == "Sqlite" ? "sqlite" : "postgresql";

        Assert.Equal(3, after.Sum("http_server_request_duration_seconds_count", ("http_route", "/api/v1/applications/"), ("http_request_method", "POST"), ("http_response_status_code", "201")));
        Assert.Equal(1, after.Sum("http_server_request_duration_seconds_count", ("http_route", "/api/v1/applications/{id:guid}/approve"), ("http_response_status_code", "200")));
        Assert.Equal(6, after.Sum("http_server_request_duration_seconds_count", ("http_route", "/api/v1/auth/staff/login"), ("http_response_status_code", "401")));
        Assert.True(after.Sum("db_client_operation_duration_seconds_count", ("db_system_name", system), ("db_operation_name", "INSERT")) >= 3);
        Assert.Equal(0, after.Sum("db_client_operation_duration_seconds_count", ("db_system_name", system == "sqlite" ? "postgresql" : "sqlite")));
        Assert.Equal(queued * 3, after.Sum("http_client_request_duration_seconds_count", ("http_response_status_code", "503")));

        Assert.Equal(2, after.Sum("relief_job_runs_total", ("relief_job_name", "deliver-messages"), ("relief_job_outcome", "succeeded")));
        Assert.Equal(1, after.Sum("relief_job_runs_total", ("relief_job_name", "daily-statistics"), ("relief_job_outcome", "failed")));
        Assert.Equal(1, after.Sum("relief_job_runs_total", ("relief_job_name", "daily-statistics"), ("relief_job_outcome", "succeeded")));
        Assert.Equal(2, after.Sum("relief_job_duration_seconds_count", ("relief_job_name", "daily-statistics")));
        Assert.Equal(statisticsAt.ToUnixTimeSeconds(), after.Value("relief_job_last_success_timestamp_seconds", ("relief_job_name", "daily-statistics")));

        Assert.Equal(0, after.Value("relief_sms_outbox_backlog"));
        Assert.Equal(0, after.Value("relief_sms_outbox_oldest_age_seconds"));
        Assert.Equal(queued, after.Sum("relief_sms_deliveries_total", ("relief_sms_outcome", "sent")));
        Assert.Equal(0, after.Value("relief_sms_outbox_failed"));

        // The snapshot of the 17th: 3 received in 住房和城乡建设局 (housing), 1 completed, 2 open, none overdue yet.
        Assert.Equal(2, after.Value("relief_applications_open", ("relief_department", TestData.OneStageDepartment)));
        Assert.Equal(0, after.Value("relief_applications_overdue", ("relief_department", TestData.OneStageDepartment)));

        Assert.Equal(6, after.Sum("relief_sign_in_failures_total", ("relief_sign_in_kind", "staff")));
        Assert.Equal(1, after.Sum("relief_sign_in_failures_total", ("relief_sign_in_kind", "resident")));
        Assert.Equal(1, after.Value("relief_sign_in_lockouts_total"));
        Assert.Equal(1, after.Sum("aspnetcore_rate_limiting_requests_total", ("aspnetcore_rate_limiting_policy", "OtpRequest"), ("aspnetcore_rate_limiting_result", "endpoint_limiter")));

        // The public listener has no such route: 401 before sign-in (like any unknown path), 404 after.
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.StaffAsync("cw-civil-530102")).GetAsync("/metrics")).StatusCode);
        Assert.Equal(IPAddress.Loopback.ToString(), factory.MetricsAddress().Host);
    }

    private async Task<Scrape> ScrapeAsync()
    {
        using var prometheus = new HttpClient();
        var response = await prometheus.GetAsync(factory.MetricsAddress());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("RELIEF_DUMP_SCRAPE") is { Length: > 0 } dump)
        {
            await File.WriteAllTextAsync(dump + factory.Provider, text);
        }

        return Scrape.Parse(text);
    }

    /// <summary>Prometheus's text format, read as a scraper reads it: samples with their labels.</summary>
    private sealed record Scrape(IReadOnlyList<(string Name, Dictionary<string, string> Labels, double Value)> Samples)
    {
        public static Scrape Parse(string text)
        {
            var samples = new List<(string, Dictionary<string, string>, double)>();
            foreach (var line in text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var space = line.LastIndexOf(' ');
                var series = line[..space];
                var brace = series.IndexOf('{', StringComparison.Ordinal);
                var labels = new Dictionary<string, string>(StringComparer.Ordinal);
                if (brace >= 0)
                {
                    foreach (var pair in series[(brace + 1)..^1].Split("\",", StringSplitOptions.RemoveEmptyEntries))
                    {
                        var equals = pair.IndexOf('=', StringComparison.Ordinal);
                        labels[pair[..equals]] = pair[(equals + 2)..].TrimEnd('"');
                    }
                }

                samples.Add((brace >= 0 ? series[..brace] : series, labels, double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture)));
            }

            return new Scrape(samples);
        }

        public double Sum(string name, params (string Key, string Value)[] labels) =>
            Samples.Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).Sum(s => s.Value);

        /// <summary>The one sample of a series, which must be there.</summary>
        public double Value(string name, params (string Key, string Value)[] labels) =>
            Assert.Single(Samples, s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).Value;
    }
}

[CollectionDefinition(nameof(ProcessWideMeters), DisableParallelization = true)]
public sealed class ProcessWideMeters;

[Collection(nameof(ProcessWideMeters))]
public sealed class SqliteOperationsMetricsTests(TelemetrySqliteApiFactory factory)
    : OperationsMetricsTests<TelemetrySqliteApiFactory>(factory), IClassFixture<TelemetrySqliteApiFactory>;

[Collection(nameof(ProcessWideMeters))]
public sealed class PostgresOperationsMetricsTests(TelemetryPostgresApiFactory factory)
    : OperationsMetricsTests<TelemetryPostgresApiFactory>(factory), IClassFixture<TelemetryPostgresApiFactory>;
