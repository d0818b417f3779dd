using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// <c>/health/ready</c> as a balancer and an operator read it: each check's status in JSON, Unhealthy
/// (503) for a database with a migration pending, Degraded (200) from 1 November China time while next
/// year's calendar is missing and while the SMS gateway has failed for longer than its threshold; no
/// connection-string part in any answer.
/// </summary>
public abstract class ReadinessTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory, ITelemetryApiFactory
{
    [Fact]
    public async Task TheCalendar_WarnsByTheDomainsRule_NextYearFromTheFirstOfNovember_ChinaTime_ThisYearAlways()
    {
        // 23:59 on 31 October in China is still October; a minute later it is November (UTC is still on the 31st).
        factory.Clock.Set(new DateTimeOffset(2026, 10, 31, 23, 59, 0, TimeSpan.FromHours(8)));
        var october = await ReadyAsync(HttpStatusCode.OK);
        factory.Clock.Set(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        var november = await ReadyAsync(HttpStatusCode.OK);
        // The shipped calendar ends with 2026: in 2027 this year's is missing, in any month.
        factory.Clock.SetChinaTime(new DateOnly(2027, 3, 1));
        var nextMarch = await ReadyAsync(HttpStatusCode.OK);
        var status = await (await factory.StaffAsync("admin")).GetFromJsonAsync<JsonObject>("/api/v1/admin/calendar/status");

        Assert.Equal("Healthy", Check(october, "calendar")["status"]!.GetValue<string>());
        Assert.Empty(MissingYears(Check(october, "calendar")));
        Assert.Equal("Degraded", november["status"]!.GetValue<string>());
        var calendar = Check(november, "calendar");
        Assert.Equal("Degraded", calendar["status"]!.GetValue<string>());
        Assert.Equal([2027], MissingYears(calendar));
        Assert.Contains("2027", calendar["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Degraded", Check(nextMarch, "calendar")["status"]!.GetValue<string>());
        Assert.Equal([2027], MissingYears(Check(nextMarch, "calendar")));
        Assert.Equal([2027], status!["missingYears"]!.AsArray().Select(y => y!.GetValue<int>()));
        foreach (var name in new[] { "database", "migrations", "job-storage", "sms-gateway" })
        {
            Assert.Equal("Healthy", Check(november, name)["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task APendingMigration_MakesTheNodeNotReady_AndNamesIt()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 6, 1));
        var last = await factory.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var migration = last.Last();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {0}""", migration));
        JsonObject body;
        try
        {
            body = await ReadyAsync(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({0}, {1})""", migration, "10.0.15"));
        }

        Assert.Equal("Unhealthy", body["status"]!.GetValue<string>());
        var migrations = Check(body, "migrations");
        Assert.Equal("Unhealthy", migrations["status"]!.GetValue<string>());
        Assert.Equal([migration], migrations["data"]!["pending"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("Healthy", Check(body, "database")["status"]!.GetValue<string>());
        Assert.Equal("Healthy", Check(await ReadyAsync(HttpStatusCode.OK), "migrations")["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailingSmsGateway_IsAWarningOnceItLastsLongerThanTheThreshold()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 6, 2), 10);
        factory.Gateway.Script();
        var resident = await factory.ResidentThroughGatewayAsync(factory.Gateway, TestData.Phone());
        await resident.SubmitAsync(TestData.Dibao());
        factory.Gateway.Script([.. Enumerable.Repeat(GatewayAnswer.Fail, 30)]);
        await factory.RunJobAsync("deliver-messages");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var soon = await ReadyAsync(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await ReadyAsync(HttpStatusCode.OK);
        factory.Gateway.Script();
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await factory.RunJobAsync("deliver-messages");
        var recovered = await ReadyAsync(HttpStatusCode.OK);

        Assert.Equal("Healthy", Check(soon, "sms-gateway")["status"]!.GetValue<string>());
        var failing = Check(later, "sms-gateway");
        Assert.Equal("Degraded", failing["status"]!.GetValue<string>());
        Assert.Equal(20, failing["data"]!["failingMinutes"]!.GetValue<double>());
        Assert.Equal("Healthy", Check(recovered, "sms-gateway")["status"]!.GetValue<string>());
    }

    private async Task<JsonObject> ReadyAsync(HttpStatusCode expected)
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var connection = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = factory.ConnectionString };
        foreach (var key in new[] { "Data Source", "Host", "Username", "Password", "Database" })
        {
            if (connection.TryGetValue(key, out var value) && value is string { Length: > 3 } secret)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    private static IEnumerable<int> MissingYears(JsonObject check) =>
        check["data"]!["missingYears"]!.AsArray().Select(y => y!.GetValue<int>());

    private static JsonObject Check(JsonObject body, string name) =>
        Assert.Single(body["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == name)!.AsObject();
}

public sealed class SqliteReadinessTests(TelemetrySqliteApiFactory factory)
    : ReadinessTests<TelemetrySqliteApiFactory>(factory), IClassFixture<TelemetrySqliteApiFactory>;

public sealed class PostgresReadinessTests(TelemetryPostgresApiFactory factory)
    : ReadinessTests<TelemetryPostgresApiFactory>(factory), IClassFixture<TelemetryPostgresApiFactory>;
