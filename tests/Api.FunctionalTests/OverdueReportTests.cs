using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The overdue drill-down against cases worked out by hand, in counties 530423 (通海县) and 530424
/// (华宁县) of 玉溪市, which no other test uses, all of the one-stage item. On Friday 20 November 2026, in 530423:
/// A filed Mon 16 Nov, intake due Tue 17 → 3 working days overdue, with a 督办 note due Thu 19 that lapsed;
/// B filed and accepted Fri 9 Oct, 30 working days (Sat 10 Oct is a make-up working day) → due Thu 19, 1 day overdue;
/// C filed Wed 18 Nov → intake due Thu 19, 1 day overdue; F filed today, due Mon 23 → not overdue.
/// In 530424: E filed Mon 16 Nov → 3 days overdue.
/// </summary>
public abstract class OverdueReportTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530423";
    private const string Neighbour = "530424";

    [Fact]
    public async Task Overdue_ListsTheCellsOverdueCasesMostOverdueFirst_WithinTheSupervisorsRegionOnly()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var caseworkerName = $"cw-housing-{County}-{suffix}";
        await factory.AddStaffAsync(caseworkerName, Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);
        await factory.AddStaffAsync($"sup-530400-{suffix}", Role.Supervisor, null, "530400");

        factory.Clock.SetChinaTime(new DateOnly(2026, 10, 9), 9);
        var b = await SubmitAsync(await factory.ResidentAsync(), County);
        (await (await factory.StaffAsync(caseworkerName)).PostAsync($"/api/v1/applications/{b}/accept", null)).EnsureSuccessStatusCode();

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 16), 9);
        var resident = await factory.ResidentAsync();
        var a = await SubmitAsync(resident, County);
        await SubmitAsync(resident, Neighbour);

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 18), 9);
        var c = await SubmitAsync(await factory.ResidentAsync(), County);
        (await (await factory.StaffAsync($"sup-{County}-{suffix}")).PostAsJsonAsync($"/api/v1/applications/{a}/supervise", new { note = "请尽快受理", deadline = "2026-11-19" }))
            .EnsureSuccessStatusCode();

        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 20), 10);
        await SubmitAsync(await factory.ResidentAsync(), County);
        var countySupervisor = await factory.StaffAsync($"sup-{County}-{suffix}");
        var prefectureSupervisor = await factory.StaffAsync($"sup-530400-{suffix}");

        var page = await countySupervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/overdue?groupBy=department&key={TestData.OneStageDepartment}");

        Assert.Equal(3, page!["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray();
        Assert.Equal([a, b, c], items.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal([3, 1, 1], items.Select(i => i!["workingDaysOverdue"]!.GetValue<int>()));
        var first = items[0]!;
        Assert.Equal(("2026-11-17", "Submitted", "通海县", "住房和城乡建设局", "李**"), (
            first["dueDate"]!.GetValue<string>(), first["status"]!.GetValue<string>(), first["countyName"]!.GetValue<string>(),
            first["departmentName"]!.GetValue<string>(), first["applicantName"]!.GetValue<string>()));
        Assert.Equal((1, "2026-11-19", true), (first["supervisionNotes"]!.GetValue<int>(), first["latestSupervisionDeadline"]!.GetValue<string>(), first["supervisionLapsed"]!.GetValue<bool>()));
        Assert.Null(first["lastCaseworker"]);
        Assert.Equal(caseworkerName, items[1]!["lastCaseworker"]!.GetValue<string>());
        Assert.Equal(0, items[1]!["supervisionNotes"]!.GetValue<int>());

        var secondPage = await countySupervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/overdue?groupBy=item&key={TestData.OneStageItem}&page=2&pageSize=2");
        Assert.Equal((3, c), (secondPage!["total"]!.GetValue<int>(), Assert.Single(secondPage["items"]!.AsArray())!["id"]!.GetValue<string>()));

        var october = await countySupervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/overdue?groupBy=month&key=2026-10");
        Assert.Equal(b, Assert.Single(october!["items"]!.AsArray())!["id"]!.GetValue<string>());

        var notMine = await countySupervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/overdue?groupBy=region&key={Neighbour}");
        Assert.Equal(0, notMine!["total"]!.GetValue<int>());

        var neighbour = await prefectureSupervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/overdue?groupBy=region&key={Neighbour}");
        Assert.Equal((1, "华宁县"), (neighbour!["total"]!.GetValue<int>(), neighbour["items"]![0]!["countyName"]!.GetValue<string>()));
        var wholePrefecture = await prefectureSupervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/overdue?groupBy=region&key=530400");
        Assert.Equal(4, wholePrefecture!["total"]!.GetValue<int>());
        var everything = await countySupervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/overdue");
        Assert.Equal(3, everything!["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("groupBy=planet&key=x", "groupBy")]
    [InlineData("key=civil", "groupBy")]
    [InlineData("groupBy=department", "key")]
    [InlineData("groupBy=month&key=2026-13", "key")]
    [InlineData("groupBy=region&key=5304", "key")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Overdue_WithBadParameters_Answers400WithTheField(string query, string field)
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var supervisor = await factory.StaffAsync("sup-530102");

        var response = await supervisor.GetAsync($"/api/v1/reports/overdue?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Overdue_IsForSupervisorsOnly()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var response = await caseworker.GetAsync("/api/v1/reports/overdue");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> SubmitAsync(HttpClient resident, string county) =>
        (await resident.SubmitAsync(TestData.Application(regionCode: county)))["id"]!.GetValue<string>();
}

public sealed class SqliteOverdueReportTests(SqliteApiFactory factory) : OverdueReportTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresOverdueReportTests(PostgresApiFactory factory) : OverdueReportTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerOverdueReportTests(SqlServerApiFactory factory) : OverdueReportTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
