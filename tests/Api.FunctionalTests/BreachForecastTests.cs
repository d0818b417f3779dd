using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The breach forecast against figures worked out by hand, on Friday 20 November 2026 in 易门县
/// (530425) and 峨山县 (530426), which no other test uses.
/// housing@530425 (the one-stage item) decided 4 cases on Thu 19 (from the snapshot) and 6 today (live) in the 20 working days from
/// Mon 26 October: pace 10 / 20 = 0.5.
/// It holds 3 cases due today and 2 due Mon 23 (intake limit: one working day), and 1 overdue since Wed 18.
/// Today: 3 due, capacity ⌊0.5 × 1⌋ = 0 → 3 short; Mon 23: 5 due, ⌊0.5 × 2⌋ = 1 → 4 short: 4 expected breaches from today.
/// housing@530426: 1 case due Mon 23, no decisions: 1 expected breach.
/// </summary>
public abstract class BreachForecastTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530425";
    private const string Neighbour = "530426";

    [Fact]
    public async Task Forecast_CountsTheShortfallDayByDay_WithinTheSupervisorsRegionOnly()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var caseworkerName = $"cw-housing-{County}-{suffix}";
        await factory.AddStaffAsync(caseworkerName, Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);
        await factory.AddStaffAsync($"sup-530400-{suffix}", Role.Supervisor, null, "530400");

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 17), 9);
        await SubmitAsync(await factory.ResidentAsync(), County, 1);

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 19), 9);
        await SubmitAsync(await factory.ResidentAsync(), County, 3);
        await NotAcceptAsync(await factory.StaffAsync(caseworkerName), await SubmitAsync(await factory.ResidentAsync(), County, 4));

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 20), 10);
        await factory.SendAsync(new TakeStatisticsSnapshotCommand(new DateOnly(2026, 11, 19)));
        var resident = await factory.ResidentAsync();
        await SubmitAsync(resident, County, 2);
        await SubmitAsync(resident, Neighbour, 1);
        await NotAcceptAsync(await factory.StaffAsync(caseworkerName), await SubmitAsync(resident, County, 6));

        var county = await (await factory.StaffAsync($"sup-{County}-{suffix}")).GetFromJsonAsync<JsonObject>("/api/v1/reports/forecast");

        Assert.Equal(("2026-11-27", 5, "2026-10-26"), (county!["windowEnd"]!.GetValue<string>(), county["days"]!.GetValue<int>(), county["paceFrom"]!.GetValue<string>()));
        var row = Assert.Single(county["rows"]!.AsArray())!;
        Assert.Equal((TestData.OneStageDepartment, County, "易门县"), (row["departmentCode"]!.GetValue<string>(), row["countyCode"]!.GetValue<string>(), row["countyName"]!.GetValue<string>()));
        Assert.Equal((5, 1, 10L, 0.5m, 4, "2026-11-20"), (
            row["dueWithinWindow"]!.GetValue<int>(), row["overdueNow"]!.GetValue<int>(), row["decisions"]!.GetValue<long>(),
            row["pace"]!.GetValue<decimal>(), row["expectedBreaches"]!.GetValue<int>(), row["firstBreachDate"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(county["model"]!.GetValue<string>()));

        var prefecture = await (await factory.StaffAsync($"sup-530400-{suffix}")).GetFromJsonAsync<JsonObject>("/api/v1/reports/forecast?days=1");
        Assert.Equal("2026-11-23", prefecture!["windowEnd"]!.GetValue<string>());
        Assert.Equal(
            [(County, 4, "2026-11-20"), (Neighbour, 1, "2026-11-23")],
            prefecture["rows"]!.AsArray().Select(r => (r!["countyCode"]!.GetValue<string>(), r["expectedBreaches"]!.GetValue<int>(), r["firstBreachDate"]!.GetValue<string>())));
        Assert.Equal((6, 1, 10L, 5), (
            prefecture["total"]!["dueWithinWindow"]!.GetValue<int>(), prefecture["total"]!["overdueNow"]!.GetValue<int>(),
            prefecture["total"]!["decisions"]!.GetValue<long>(), prefecture["total"]!["expectedBreaches"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("days=0")]
    [InlineData("days=21")]
    public async Task Forecast_WithDaysOutOfRange_Answers400(string query)
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var supervisor = await factory.StaffAsync("sup-530102");

        var response = await supervisor.GetAsync($"/api/v1/reports/forecast?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["days"]);
    }

    [Fact]
    public async Task Forecast_IsForSupervisorsOnly()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var response = await caseworker.GetAsync("/api/v1/reports/forecast");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<string>> SubmitAsync(HttpClient resident, string county, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await resident.SubmitAsync(TestData.Application(regionCode: county)))["id"]!.GetValue<string>());
        }

        return ids;
    }

    private static async Task NotAcceptAsync(HttpClient caseworker, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/not-accept", new { reason = "户籍不在本县" })).EnsureSuccessStatusCode();
        }
    }
}

public sealed class SqliteBreachForecastTests(SqliteApiFactory factory) : BreachForecastTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresBreachForecastTests(PostgresApiFactory factory) : BreachForecastTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerBreachForecastTests(SqlServerApiFactory factory) : BreachForecastTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
