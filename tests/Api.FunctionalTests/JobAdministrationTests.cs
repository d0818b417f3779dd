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

        var chase = jobs!.Single(j => j!["name"]!.GetValue<string>() == "chase-deadlines")!;
        Assert.Equal("0 0 3 1 1 ? 2099", chase["schedule"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", chase["timeZone"]!.GetValue<string>());
        Assert.Equal("2099-01-01T03:00:00+08:00", chase["nextRunAt"]!.GetValue<string>());
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
