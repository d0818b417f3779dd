using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class CalendarAdministrationTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private static readonly string[] Holidays2027 = ["2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"];
    private static readonly string[] Workdays2027 = ["2027-02-20"];

    [Fact]
    public async Task GetYear_ReturnsTheStateCouncilsDays()
    {
        var admin = await factory.StaffAsync("admin");

        var year = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/2026");

        Assert.True(year!["known"]!.GetValue<bool>());
        Assert.Contains(year["holidays"]!.AsArray(), d => d!.GetValue<string>() == "2026-10-01");
        Assert.Equal(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"], year["workdays"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task PutYear_MovesOpenDueDatesForward_RecordsItInHistory_AndLeavesClosedCasesAlone()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 21), 10);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var admin = await factory.StaffAsync("admin");
        var open = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        var closed = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await housing.PostAsync($"/api/v1/applications/{open}/accept", null)).EnsureSuccessStatusCode();
        var before = await housing.DetailAsync(open);
        await housing.PostAsJsonAsync($"/api/v1/applications/{closed}/not-accept", new { reason = "重复申请" });
        var oldDays = await factory.WithDbAsync(db => db.CalendarDays.AsNoTracking().ToListAsync());

        var response = await admin.PutAsJsonAsync("/api/v1/admin/calendar/2027", new { year = 2027, holidays = Holidays2027, workdays = Workdays2027 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.JsonAsync())["rescheduled"]!.GetValue<int>());
        var oldCalendar = new WorkingCalendar(oldDays);
        var newCalendar = new WorkingCalendar(oldDays
            .Concat(Holidays2027.Select(d => new CalendarDay(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.Holiday)))
            .Concat(Workdays2027.Select(d => new CalendarDay(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.Workday))));
        var today = new DateOnly(2026, 12, 21);
        var oldDue = DateOnly.Parse(before["dueDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var expected = newCalendar.AddWorkingDays(today, oldCalendar.WorkingDaysBetween(today, oldDue));
        Assert.True(expected > oldDue, "The 2027 holidays fall inside the window, so the due date must move later.");

        var after = await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{open}");
        Assert.Equal(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after!["dueDate"]!.GetValue<string>());
        var last = after["history"]!.AsArray()[^1]!;
        Assert.Equal("DueDateChanged", last["action"]!.GetValue<string>());
        Assert.Equal("Administrator", last["by"]!.GetValue<string>());
        Assert.Contains(oldDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var closedAfter = await housing.GetAsync($"/api/v1/applications/{closed}");
        Assert.Equal(HttpStatusCode.OK, closedAfter.StatusCode);
        Assert.Equal(2, (await closedAfter.JsonAsync())["history"]!.AsArray().Count);

        var year = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/2027");
        Assert.Equal(Holidays2027, year!["holidays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(1, year["lastRevision"]!["rescheduled"]!.GetValue<int>());

        var another = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await housing.PostAsync($"/api/v1/applications/{another}/accept", null)).EnsureSuccessStatusCode();
        var accepted = await housing.DetailAsync(another);
        Assert.Equal(
            newCalendar.AddWorkingDays(today, 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            accepted["dueDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task AYearWithoutItsCalendar_IsReportedMissing_ItsDueDatesProvisional_UntilItIsEntered()
    {
        // 2030 and 2031: years that no other test enters, so the order of the tests does not matter.
        factory.Clock.SetChinaTime(new DateOnly(2030, 12, 16), 10);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var admin = await factory.StaffAsync("admin");
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await housing.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();

        var status = await housing.GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/status");
        Assert.Equal("2030-12-16", status!["today"]!.GetValue<string>());
        Assert.Equal([2030, 2031], status["missingYears"]!.AsArray().Select(y => y!.GetValue<int>()));
        var detail = await housing.DetailAsync(id);
        Assert.Equal("2031-01-27", detail["dueDate"]!.GetValue<string>()); // 30 days counted Monday–Friday
        Assert.True(detail["dueDateProvisional"]!.GetValue<bool>());
        Assert.True(await ProvisionalInQueueAsync(housing, id));
        Assert.True(await ProvisionalInResidentsListAsync(resident, id));

        (await admin.PutAsJsonAsync("/api/v1/admin/calendar/2031", new { holidays = new[] { "2031-01-01" }, workdays = Array.Empty<string>() })).EnsureSuccessStatusCode();

        detail = await housing.DetailAsync(id);
        Assert.Equal("2031-01-28", detail["dueDate"]!.GetValue<string>());
        Assert.False(detail["dueDateProvisional"]!.GetValue<bool>());
        Assert.False(await ProvisionalInQueueAsync(housing, id));
        Assert.False(await ProvisionalInResidentsListAsync(resident, id));
        status = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/status");
        Assert.Equal([2030], status!["missingYears"]!.AsArray().Select(y => y!.GetValue<int>()));
        (await resident.PostAsJsonAsync($"/api/v1/applications/{id}/withdraw", new { reason = "测试结束" })).EnsureSuccessStatusCode(); // no open case left for another test's calendar change

        factory.Clock.SetChinaTime(new DateOnly(2031, 10, 31), 10);
        status = await (await factory.StaffAsync("admin")).GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/status");
        Assert.Equal([], status!["missingYears"]!.AsArray().Select(y => y!.GetValue<int>())); // 2032 is not due before November
        factory.Clock.SetChinaTime(new DateOnly(2031, 11, 1), 10);
        status = await (await factory.StaffAsync("admin")).GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/status");
        Assert.Equal([2032], status!["missingYears"]!.AsArray().Select(y => y!.GetValue<int>()));
    }

    [Fact]
    public async Task CalendarStatus_ForAResident_Answers404()
    {
        var resident = await factory.ResidentAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/api/v1/admin/calendar/status")).StatusCode);
    }

    private static async Task<bool> ProvisionalInQueueAsync(HttpClient staff, string id) =>
        (await staff.GetFromJsonAsync<JsonObject>("/api/v1/queue?pageSize=100"))!["items"]!.AsArray()
            .Single(i => i!["id"]!.GetValue<string>() == id)!["dueDateProvisional"]!.GetValue<bool>();

    private static async Task<bool> ProvisionalInResidentsListAsync(HttpClient resident, string id) =>
        (await resident.GetFromJsonAsync<JsonArray>("/api/v1/applications/mine"))!
            .Single(i => i!["id"]!.GetValue<string>() == id)!["dueDateProvisional"]!.GetValue<bool>();

    [Theory]
    [InlineData("""{"holidays":["2027-01-01"],"workdays":["2027-01-04"]}""", "workdays[0]")] // a Monday
    [InlineData("""{"holidays":["2028-01-01"],"workdays":[]}""", "holidays[0]")]
    [InlineData("""{"holidays":["2027-02-20"],"workdays":["2027-02-20"]}""", "workdays")]
    [InlineData("""{"year":2026,"holidays":[],"workdays":[]}""", "year")]
    public async Task PutYear_WithBadDays_Answers400OnTheField(string body, string field)
    {
        var admin = await factory.StaffAsync("admin");

        var response = await admin.PutAsync("/api/v1/admin/calendar/2027", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task PutYear_ByASupervisor_Answers404()
    {
        var supervisor = await factory.StaffAsync("sup-530000");

        var response = await supervisor.PutAsJsonAsync("/api/v1/admin/calendar/2027", new { holidays = Holidays2027, workdays = Workdays2027 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqliteCalendarAdministrationTests(SqliteApiFactory factory) : CalendarAdministrationTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresCalendarAdministrationTests(PostgresApiFactory factory) : CalendarAdministrationTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerCalendarAdministrationTests(SqlServerApiFactory factory) : CalendarAdministrationTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
