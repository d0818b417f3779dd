using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The public on-time rates against figures worked out by hand. On Friday 20 November 2026 the period
/// is 1 November 2025 to today. In 隆阳区 (530502): a decision on 15 October 2025 falls before it; two
/// on-time decisions on 12 October 2026 and one late on 18 November 2026 come from the snapshot; one
/// on time today is live, all of the one-stage item. 住建: 4 completed, 3 on time, 0.75. This class's database holds nothing else.
/// </summary>
public abstract class PublicOnTimeRateTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530502";

    [Fact]
    public async Task OnTimeRates_AreTheProvincesCompletionFiguresPerDepartment_ForAnyone_AndCached()
    {
        var caseworkerName = $"cw-housing-{County}-{Guid.NewGuid().ToString("N")[..6]}";
        await factory.AddStaffAsync(caseworkerName, Role.Caseworker, TestData.OneStageDepartment, County);
        await DecideAsync(new DateOnly(2025, 10, 15), caseworkerName, 1);
        await DecideAsync(new DateOnly(2026, 10, 12), caseworkerName, 2);
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 16), 9);
        var late = (await (await factory.ResidentAsync()).SubmitAsync(TestData.Application(regionCode: County)))["id"]!.GetValue<string>();
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 18), 9);
        (await (await factory.StaffAsync(caseworkerName)).PostAsJsonAsync($"/api/v1/applications/{late}/not-accept", new { reason = "户籍不在本区" })).EnsureSuccessStatusCode();
        await DecideAsync(new DateOnly(2026, 11, 20), caseworkerName, 1);
        foreach (var day in new[] { new DateOnly(2025, 10, 15), new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 18) })
        {
            await factory.SendAsync(new TakeStatisticsSnapshotCommand(day));
        }

        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync("/api/v1/public/on-time-rates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rates = await response.JsonAsync();
        Assert.Equal(("2025-11-01", "2026-11-20", "530000", "2026.12.1"), (
            rates["from"]!.GetValue<string>(), rates["to"]!.GetValue<string>(), rates["regionCode"]!.GetValue<string>(), rates["metricsVersion"]!.GetValue<string>()));
        var housing = rates["departments"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == TestData.OneStageDepartment)!;
        Assert.Equal(("住房和城乡建设局", 4L, 3L, 0.75m), (
            housing["name"]!.GetValue<string>(), housing["completed"]!.GetValue<long>(), housing["completedOnTime"]!.GetValue<long>(), housing["onTimeRate"]!.GetValue<decimal>()));
        Assert.False(string.IsNullOrEmpty(housing["nameEn"]!.GetValue<string>()));
        var water = rates["departments"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "water")!;
        Assert.Equal((0L, null), (water["completed"]!.GetValue<long>(), water["onTimeRate"]?.GetValue<decimal?>()));
        Assert.Equal(7, rates["departments"]!.AsArray().Count);
        Assert.Equal(4L, rates["total"]!["completed"]!.GetValue<long>());

        var again = await anonymous.GetAsync("/api/v1/public/on-time-rates");
        Assert.True(again.Headers.Age is not null, "The second answer should come from the output cache.");
    }

    /// <summary>Files <paramref name="count"/> applications on <paramref name="day"/> and does not accept them the same day (on time).</summary>
    private async Task DecideAsync(DateOnly day, string caseworkerName, int count)
    {
        factory.Clock.SetChinaTime(day, 9);
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(caseworkerName);
        for (var i = 0; i < count; i++)
        {
            var id = (await resident.SubmitAsync(TestData.Application(regionCode: County)))["id"]!.GetValue<string>();
            (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/not-accept", new { reason = "户籍不在本区" })).EnsureSuccessStatusCode();
        }
    }
}

public sealed class SqlitePublicOnTimeRateTests(SqliteApiFactory factory) : PublicOnTimeRateTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresPublicOnTimeRateTests(PostgresApiFactory factory) : PublicOnTimeRateTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerPublicOnTimeRateTests(SqlServerApiFactory factory) : PublicOnTimeRateTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
