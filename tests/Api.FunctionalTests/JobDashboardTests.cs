using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Hangfire's dashboard at /jobs: an administrator's live session opens it through a short-lived
/// HttpOnly cookie, read-only; nobody else, no ended session and no bearer token gets in; a failed
/// command shows as failed there and in JobRuns.
/// </summary>
public abstract class JobDashboardTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task Administrator_OpensTheReadOnlyDashboard_WithASessionBoundCookie()
    {
        var admin = await factory.StaffAsync("admin");

        var opened = await admin.PostAsync("/api/v1/admin/jobs/dashboard-session", null);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("relief-jobs=", cookie, StringComparison.Ordinal);
        foreach (var attribute in new[] { "path=/jobs", "httponly", "samesite=strict", "expires=" })
        {
            Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
        }

        var session = (await opened.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/jobs/", session["url"]!.GetValue<string>());
        Assert.InRange(DateTimeOffset.Parse(session["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) - factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));

        var browser = WithCookie(cookie);
        var home = await browser.GetAsync("/jobs/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("ReliefPlatform", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Read-only: the recurring jobs are listed, but without the buttons that would trigger or delete them.
        var recurring = await (await browser.GetAsync("/jobs/recurring")).Content.ReadAsStringAsync();
        Assert.Contains("chase-deadlines", recurring, StringComparison.Ordinal);
        Assert.DoesNotContain("js-jobs-list-command", recurring, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "chase-deadlines")]))).StatusCode);
    }

    [Fact]
    public async Task NobodyElse_GetsIn_AndAnEndedSessionClosesTheDashboard()
    {
        var anonymous = factory.CreateClient(new() { HandleCookies = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/jobs/")).StatusCode);

        var supervisor = await factory.StaffAsync("sup-530000");
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync("/api/v1/admin/jobs/dashboard-session", null)).StatusCode);

        // A bearer token is no dashboard credential, and the dashboard's cookie is no bearer token.
        var admin = await factory.StaffAsync("admin");
        var bearerOnly = factory.CreateClient(new() { HandleCookies = false });
        bearerOnly.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearerOnly.GetAsync("/jobs/")).StatusCode);

        var cookie = Assert.Single((await admin.PostAsync("/api/v1/admin/jobs/dashboard-session", null)).Headers.GetValues("Set-Cookie"));
        var token = cookie.Split(';')[0]["relief-jobs=".Length..];
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.WithToken(token).GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie("relief-jobs=" + token[..^4] + "AAAA").GetAsync("/jobs/")).StatusCode);

        var browser = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/jobs/")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/jobs/")).StatusCode);
    }

    [Fact]
    public async Task AFailedCommand_IsFailedInJobRuns_AndInTheDashboard()
    {
        // The statistics job fails while its table is missing (a fault of the database, not of the scheduler).
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "DailyStatistics" RENAME TO "DailyStatisticsAway" """));
        try
        {
            var admin = await factory.StaffAsync("admin");
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/daily-statistics/trigger", null)).StatusCode);

            JsonNode? run = null;
            for (var attempt = 0; attempt < 100 && run?["outcome"]?.GetValue<string>() is null or "Running"; attempt++)
            {
                await Task.Delay(200);
                var runs = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/admin/jobs/daily-statistics/runs"))!;
                run = runs.Count > 0 ? runs[0] : null;
            }

            Assert.Equal("Failed", run?["outcome"]?.GetValue<string>());
            var storage = factory.Services.GetRequiredService<JobStorage>();
            // The run is recorded as failed before the exception reaches Hangfire, which then moves the job to Failed.
            var failed = storage.GetMonitoringApi().FailedJobs(0, 10);
            for (var attempt = 0; attempt < 50 && failed.Count == 0; attempt++)
            {
                await Task.Delay(100);
                failed = storage.GetMonitoringApi().FailedJobs(0, 10);
            }

            Assert.Contains(failed, j => j.Value.Job?.Args is [string name, ..] && name == "daily-statistics" && j.Value.ExceptionMessage.Contains("daily-statistics", StringComparison.Ordinal));

            var cookie = Assert.Single((await admin.PostAsync("/api/v1/admin/jobs/dashboard-session", null)).Headers.GetValues("Set-Cookie"));
            var page = await (await WithCookie(cookie).GetAsync("/jobs/jobs/failed")).Content.ReadAsStringAsync();
            Assert.Contains("daily-statistics", page, StringComparison.Ordinal);
        }
        finally
        {
            await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "DailyStatisticsAway" RENAME TO "DailyStatistics" """));
        }
    }

    private HttpClient WithCookie(string setCookie)
    {
        var client = factory.CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", setCookie.Split(';')[0]);
        return client;
    }

    private async Task WithDbAsync(Func<ReliefDbContext, Task> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<ReliefDbContext>());
    }
}

public sealed class SqliteJobDashboardTests(SqliteApiFactory factory) : JobDashboardTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresJobDashboardTests(PostgresApiFactory factory) : JobDashboardTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
