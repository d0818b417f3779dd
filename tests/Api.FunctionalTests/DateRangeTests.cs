using System.Net;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Every date, year and range a request carries has a range; at its extremes the answer is a 400 on the field, never a 500.</summary>
public abstract class DateRangeTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Theory]
    [InlineData("/api/v1/admin/calendar/0", "year")]
    [InlineData("/api/v1/admin/calendar/-1", "year")]
    [InlineData("/api/v1/admin/calendar/10000", "year")]
    [InlineData("/api/v1/admin/calendar/99999", "year")]
    [InlineData("/api/v1/reports/ratings?from=0001-01-01&to=0001-01-31", "from")]
    [InlineData("/api/v1/reports/ratings?from=9999-12-01&to=9999-12-31", "to")]
    [InlineData("/api/v1/reports/completion?from=0001-01-01&to=0001-01-31", "from")]
    [InlineData("/api/v1/reports/completion?from=9999-12-01&to=9999-12-31", "to")]
    [InlineData("/api/v1/reports/completion/export?format=csv&part=summary&from=0001-01-01&to=0001-01-31", "from")]
    [InlineData("/api/v1/reports/completion/export?format=csv&part=summary&from=9999-12-01&to=9999-12-31", "to")]
    public async Task AnExtremeDateOrYear_Answers400_OnItsField(string path, string field)
    {
        var supervisor = await factory.StaffAsync("sup-530000");

        var response = await supervisor.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }
}

public sealed class SqliteDateRangeTests(SqliteApiFactory factory) : DateRangeTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresDateRangeTests(PostgresApiFactory factory) : DateRangeTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerDateRangeTests(SqlServerApiFactory factory) : DateRangeTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
