using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The completion report against figures worked out by hand, in county 530114 (呈贡区) whose
/// applications no other test touches: a finished day from the snapshot plus today live.
/// </summary>
public abstract class CompletionReportTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530114";
    private static readonly DateOnly Yesterday = new(2026, 11, 10);
    private static readonly DateOnly Today = new(2026, 11, 11);

    [Fact]
    public async Task Report_AddsTheSnapshotAndToday_WithinTheSupervisorsRegionOnly()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-{County}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);

        // 10 November: three applications of the one-stage item filed; one approved on time, one not accepted.
        factory.Clock.SetChinaTime(Yesterday, 9);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync($"cw-housing-{County}-{suffix}");
        var a = await SubmitAsync(resident);
        var b = await SubmitAsync(resident);
        await SubmitAsync(resident);
        (await housing.PostAsync($"/api/v1/applications/{a}/accept", null)).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{a}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{b}/not-accept", new { reason = "户籍不在本区" })).EnsureSuccessStatusCode();

        // 11 November (today, live): one more filed and approved; the nightly snapshot has taken the 10th.
        factory.Clock.SetChinaTime(Today, 10);
        await factory.SendAsync(new TakeStatisticsSnapshotCommand(Yesterday));
        resident = await factory.ResidentAsync();
        housing = await factory.StaffAsync($"cw-housing-{County}-{suffix}");
        var d = await SubmitAsync(resident);
        (await housing.PostAsync($"/api/v1/applications/{d}/accept", null)).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{d}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        var countySupervisor = await factory.StaffAsync($"sup-{County}-{suffix}");

        var report = await countySupervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30&groupBy=department");

        var housingRow = Assert.Single(report!["rows"]!.AsArray())!;
        Assert.Equal(TestData.OneStageDepartment, housingRow["key"]!.GetValue<string>());
        Assert.Equal(
            (4L, 2L, 3L, 3L, 1L, 0L),
            (housingRow["received"]!.GetValue<long>(), housingRow["accepted"]!.GetValue<long>(), housingRow["completed"]!.GetValue<long>(),
             housingRow["completedOnTime"]!.GetValue<long>(), housingRow["open"]!.GetValue<long>(), housingRow["overdue"]!.GetValue<long>()));
        Assert.Equal(1m, housingRow["onTimeRate"]!.GetValue<decimal>());
        Assert.Equal(0.75m, housingRow["completionRate"]!.GetValue<decimal>());
        Assert.Equal("2026.12.1", report["metricsVersion"]!.GetValue<string>());
        Assert.Equal(housingRow["received"]!.GetValue<long>(), report["total"]!["received"]!.GetValue<long>());

        var other = await (await factory.StaffAsync("sup-530102")).GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30&groupBy=region");
        Assert.DoesNotContain(other!["rows"]!.AsArray(), r => r!["key"]!.GetValue<string>() == County);

        var prefecture = await (await factory.StaffAsync("sup-530100")).GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30&groupBy=region");
        var countyRow = prefecture!["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == County)!;
        Assert.Equal("呈贡区", countyRow["name"]!.GetValue<string>());
        Assert.Equal(4, countyRow["received"]!.GetValue<long>());

        var province = await (await factory.StaffAsync("sup-530000")).GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30&groupBy=region");
        Assert.All(province!["rows"]!.AsArray(), r => Assert.EndsWith("00", r!["key"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains(province["rows"]!.AsArray(), r => r!["key"]!.GetValue<string>() == "530100" && r["name"]!.GetValue<string>() == "昆明市");

        var byMonth = await countySupervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30&groupBy=month");
        Assert.Equal(4, byMonth!["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == "2026-11")!["received"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("from=2026-11-30&to=2026-11-01&groupBy=department", "to")]
    [InlineData("from=2026-11-01&to=2026-11-30&groupBy=planet", "groupBy")]
    public async Task Report_WithBadParameters_Answers400(string query, string field)
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var supervisor = await factory.StaffAsync("sup-530102");

        var response = await supervisor.GetAsync($"/api/v1/reports/completion?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Report_IsForSupervisorsOnly()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var response = await caseworker.GetAsync("/api/v1/reports/completion?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> SubmitAsync(HttpClient resident) =>
        (await resident.SubmitAsync(TestData.Application(regionCode: County)))["id"]!.GetValue<string>();
}

public sealed class SqliteCompletionReportTests(SqliteApiFactory factory) : CompletionReportTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresCompletionReportTests(PostgresApiFactory factory) : CompletionReportTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerCompletionReportTests(SqlServerApiFactory factory) : CompletionReportTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
