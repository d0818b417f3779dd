using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class JobAdministrationTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task ListJobs_ShowsTheScheduleInChinaTime()
    {
        var admin = await factory.StaffAsync("admin");

        var jobs = await admin.GetFromJsonAsync<JsonArray>("/api/v1/admin/jobs");

        // The test host switches the frequent jobs off; the nightly statistics keep their default schedule.
        var chase = jobs!.Single(j => j!["name"]!.GetValue<string>() == "chase-deadlines")!;
        Assert.Equal("never", chase["schedule"]!.GetValue<string>());
        Assert.Null(chase["nextRunAt"]);
        var statistics = jobs!.Single(j => j!["name"]!.GetValue<string>() == "daily-statistics")!;
        Assert.Equal("0 30 0 * * ?", statistics["schedule"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", statistics["timeZone"]!.GetValue<string>());
        var next = DateTimeOffset.Parse(statistics["nextRunAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((TimeSpan.FromHours(8), new TimeOnly(0, 30)), (next.Offset, TimeOnly.FromTimeSpan(next.TimeOfDay)));
        Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task TriggerJob_RunsItThroughTheScheduler_AndRecordsTheRun()
    {
        var admin = await factory.StaffAsync("admin");

        var triggered = await admin.PostAsync("/api/v1/admin/jobs/chase-deadlines/trigger", null);

        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        JsonNode? run = null;
        for (var attempt = 0; attempt < 100 && run?["outcome"]?.GetValue<string>() is null or "Running"; attempt++)
        {
            await Task.Delay(200);
            run = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/admin/jobs/chase-deadlines/runs"))!.FirstOrDefault();
        }

        Assert.NotNull(run);
        Assert.Equal("Succeeded", run["outcome"]!.GetValue<string>());
        Assert.Contains("reminded", run["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/v1/admin/jobs");
        Assert.Equal(run["id"]!.GetValue<long>(), listed!.Single(j => j!["name"]!.GetValue<string>() == "chase-deadlines")!["lastRun"]!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Jobs_AreReadableBySupervisors_TriggerableOnlyByAdministrators()
    {
        var supervisor = await factory.StaffAsync("sup-530000");
        var caseworker = await factory.StaffAsync("cw-civil-530102");
        var admin = await factory.StaffAsync("admin");

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync("/api/v1/admin/jobs/chase-deadlines/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/jobs/no-such-job/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/admin/jobs/no-such-job/runs")).StatusCode);
    }
}

public sealed class SqliteJobAdministrationTests(SqliteApiFactory factory) : JobAdministrationTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresJobAdministrationTests(PostgresApiFactory factory) : JobAdministrationTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerJobAdministrationTests(SqlServerApiFactory factory) : JobAdministrationTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
