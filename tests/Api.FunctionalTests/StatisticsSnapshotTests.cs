using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;
using ValidationException = ReliefPlatform.Application.Common.Exceptions.ValidationException;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The nightly snapshot against figures worked out by hand for Tuesday 10 November 2026 in county
/// 530112 (西山区), whose applications (all of the one-stage item) no other test touches.
/// </summary>
public abstract class StatisticsSnapshotTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530112";
    private static readonly DateOnly Day = new(2026, 11, 10);

    [Fact]
    public async Task Snapshot_CountsFlowsOfTheDayAndStocksAtItsEnd()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-{County}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);

        // Friday 6 November: A1, A7 filed (intake due Monday 9th, never accepted in time); A8 filed and accepted.
        At(new DateOnly(2026, 11, 6), 10);
        var resident = await factory.ResidentAsync();
        var a1 = await SubmitAsync(resident);
        var a7 = await SubmitAsync(resident);
        var a8 = await SubmitAsync(resident);
        var housing = await factory.StaffAsync($"cw-housing-{County}-{suffix}");
        await housing.PostAsync($"/api/v1/applications/{a8}/accept", null);
        await housing.PostAsJsonAsync($"/api/v1/applications/{a8}/extension", new { workingDays = 5, reason = "入户查看房屋" });
        var supervisor = await factory.StaffAsync($"sup-{County}-{suffix}");
        (await supervisor.PostAsJsonAsync($"/api/v1/applications/{a8}/extension/approve", new { })).EnsureSuccessStatusCode();

        // Tuesday 10 November (the day counted): A2–A5 filed; A2 accepted and approved, A3 not accepted,
        // A4 withdrawn, A5 left open; A7 not accepted (late); A8 approved (on time, with its extension).
        At(Day, 9);
        resident = await factory.ResidentAsync();
        housing = await factory.StaffAsync($"cw-housing-{County}-{suffix}");
        var a2 = await SubmitAsync(resident);
        var a3 = await SubmitAsync(resident);
        var a4 = await SubmitAsync(resident);
        await SubmitAsync(resident);
        (await housing.PostAsync($"/api/v1/applications/{a2}/accept", null)).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{a2}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{a3}/not-accept", new { reason = "户籍不在本区" })).EnsureSuccessStatusCode();
        (await resident.PostAsync($"/api/v1/applications/{a4}/withdraw", null)).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{a7}/not-accept", new { reason = "材料不全" })).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{a8}/approve", new { reason = "符合条件" })).EnsureSuccessStatusCode();
        _ = a1;

        At(Day.AddDays(1), 0);
        var catchUp = await factory.SendAsync(new TakeStatisticsSnapshotCommand());
        var row = await RowAsync();
        var retaken = await factory.SendAsync(new TakeStatisticsSnapshotCommand(Day));
        var again = await RowAsync();
        var nothingMissing = await factory.SendAsync(new TakeStatisticsSnapshotCommand());

        Assert.Equal([Day], retaken.Days);
        Assert.Empty(nothingMissing.Days);
        Assert.Equal(
            (Received: 4, Accepted: 1, Completed: 4, CompletedOnTime: 3, CompletedOnTimeExtended: 1, Open: 2, Overdue: 1),
            (row.Received, row.Accepted, row.Completed, row.CompletedOnTime, row.CompletedOnTimeExtended, row.Open, row.Overdue));
        Assert.Contains(new DateOnly(2026, 11, 6), catchUp.Days);
        Assert.Equal(Day, catchUp.Days[^1]);
        Assert.Equal(
            (row.Received, row.Accepted, row.Completed, row.CompletedOnTime, row.CompletedOnTimeExtended, row.Open, row.Overdue),
            (again.Received, again.Accepted, again.Completed, again.CompletedOnTime, again.CompletedOnTimeExtended, again.Open, again.Overdue));
        Assert.Equal(1, await factory.WithDbAsync(db => db.DailyStatistics.CountAsync(s => s.Day == Day && s.CountyCode == County)));
    }

    [Fact]
    public async Task Snapshot_OfAnUnfinishedDay_IsRefused()
    {
        At(Day, 12);

        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync(new TakeStatisticsSnapshotCommand(Day)));
    }

    private void At(DateOnly date, int hour) => factory.Clock.SetChinaTime(date, hour);

    private static async Task<string> SubmitAsync(HttpClient resident) =>
        (await resident.SubmitAsync(TestData.Application(regionCode: County)))["id"]!.GetValue<string>();

    private Task<Domain.Statistics.DailyStatistic> RowAsync() =>
        factory.WithDbAsync(db => db.DailyStatistics.AsNoTracking().SingleAsync(s => s.Day == Day && s.CountyCode == County && s.ItemCode == TestData.OneStageItem));
}

public sealed class SqliteStatisticsSnapshotTests(SqliteApiFactory factory) : StatisticsSnapshotTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStatisticsSnapshotTests(PostgresApiFactory factory) : StatisticsSnapshotTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStatisticsSnapshotTests(SqlServerApiFactory factory) : StatisticsSnapshotTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
