using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class SubmitApplicationTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task Submit_ValidDibao_Answers201WithLocationTrackingNumberAndDueDate()
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Dibao());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal($"/api/v1/applications/{body["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("Submitted", body["status"]!.GetValue<string>());
        Assert.Equal("civil", body["departmentCode"]!.GetValue<string>());
        Assert.Matches("^[0-9]{8}-[0-9]{10}$", body["trackingNumber"]!.GetValue<string>());
        Assert.True(DateOnly.Parse(body["dueDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > ChinaTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime));
        Assert.EndsWith("+08:00", body["submittedAt"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AsPeopleTypeOnPhones_IsReadAsTheyMeantIt()
    {
        var resident = await factory.ResidentAsync();
        var id = TestData.IdNumber();
        var fullWidthSpacedId = string.Concat(id[..6].Select(c => (char)(c - '0' + '０'))) + " " + id[6..14] + " " + id[14..].ToLowerInvariant();

        var response = await resident.PostAsJsonAsync("/api/v1/applications", new
        {
            itemCode = "civil.dibao",
            regionCode = "530102001",
            applicant = new { name = "李秀英", idNumber = fullWidthSpacedId, phone = "+86 139 8765 0012" },
            answers = new { householdSize = "3口", annualIncomePerPerson = "4,200元", residence = "rural" },
            description = "丈夫去年因病去世，家里三口人只靠我打零工。",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = await resident.DetailAsync((await response.JsonAsync())["id"]!.GetValue<string>());
        Assert.Equal(3, detail["answers"]!["householdSize"]!.GetValue<int>());
        Assert.Equal(4200, detail["answers"]!["annualIncomePerPerson"]!.GetValue<decimal>());
        Assert.Equal(ResidentIdNumber.Mask(id.ToUpperInvariant()), detail["applicant"]!["idNumber"]!.GetValue<string>());
        Assert.Equal("139****0012", detail["applicant"]!["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_WithInvalidFields_Answers400WithAnErrorOnEachField()
    {
        var resident = await factory.ResidentAsync();
        var body = new
        {
            itemCode = "civil.dibao",
            regionCode = "110101", // Beijing: outside the province
            applicant = new { name = "李秀英", idNumber = "530102196001011234", phone = "1380013800" },
            answers = new { householdSize = 3, residence = "moon" },
            description = "",
        };

        var response = await resident.PostAsJsonAsync("/api/v1/applications", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(
            ["answers.annualIncomePerPerson", "answers.residence", "applicant.idNumber", "applicant.phone", "description", "regionCode"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("校验码", errors["applicant.idNumber"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_InEnglish_AnswersErrorsInEnglish()
    {
        var resident = await factory.ResidentAsync();
        resident.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(idNumber: "530102199902300000"));

        var problem = await response.JsonAsync();
        Assert.Equal("Some of the information is not valid.", problem["title"]!.GetValue<string>());
        Assert.Equal("The birth date in the resident ID number is not a real date.", problem["errors"]!["applicant.idNumber"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_UnknownItem_Answers400OnItemCode()
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.PostAsJsonAsync("/api/v1/applications", new
        {
            itemCode = "civil.nothing",
            regionCode = "530102",
            applicant = new { name = "李秀英", idNumber = TestData.IdNumber(), phone = TestData.Phone() },
            description = "困难",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["itemCode"]);
    }

    [Theory]
    [InlineData("Civil.Dibao", "530102", "itemCode")]
    [InlineData("civil.dibao", "53010", "regionCode")]
    [InlineData("civil.dibao", "5301O2", "regionCode")]
    public async Task Submit_MalformedCode_Answers400OnThatField(string itemCode, string regionCode, string field)
    {
        var resident = await factory.ResidentAsync();
        resident.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await resident.PostAsJsonAsync("/api/v1/applications", new
        {
            itemCode,
            regionCode,
            applicant = new { name = "李秀英", idNumber = TestData.IdNumber(), phone = TestData.Phone() },
            description = "困难",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("Some of the information is not valid.", problem["title"]!.GetValue<string>());
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Draft_MalformedItemCodeInTheRoute_Answers400OnItemCode()
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.GetAsync("/api/v1/drafts/CIVIL");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["itemCode"]);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"itemCode\": 5}")]
    public async Task Submit_MalformedJson_Answers400ProblemDetails(string json)
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.PostAsync("/api/v1/applications", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SecondOpenApplicationForSamePersonAndItem_Answers409()
    {
        var resident = await factory.ResidentAsync();
        var id = TestData.IdNumber();
        await resident.SubmitAsync(TestData.Dibao(id));

        var response = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(id));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("duplicate-application", (await response.JsonAsync())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_SamePersonForAnotherItem_IsAllowed()
    {
        var resident = await factory.ResidentAsync();
        var id = TestData.IdNumber();
        await resident.SubmitAsync(TestData.Dibao(id));

        var second = await resident.SubmitAsync(TestData.StudentAid(id));

        Assert.Equal("edu", second["departmentCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstResponseAndFilesOnce()
    {
        var resident = await factory.ResidentAsync();
        var body = TestData.Dibao();
        var key = Guid.NewGuid().ToString();

        var first = await resident.SubmitAsync(body, key);
        var retry = await resident.SubmitAsync(body, key);

        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
        var id = Guid.Parse(first["id"]!.GetValue<string>());
        var trackingNumber = first["trackingNumber"]!.GetValue<string>();
        Assert.Equal(1, await factory.WithDbAsync(db => db.Applications.CountAsync(a => a.TrackingNumber == trackingNumber || a.Id == id)));
        var mine = await resident.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/applications/mine");
        Assert.Single(mine!);
    }

    [Fact]
    public async Task Submit_TenConcurrentRetriesWithOneKey_AllGetTheSameApplication()
    {
        var resident = await factory.ResidentAsync();
        var body = TestData.Dibao();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return resident.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync())["id"]!.GetValue<string>()));
        Assert.Single(ids.Distinct());
        var mine = await resident.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/applications/mine");
        Assert.Single(mine!);
    }

    [Fact]
    public async Task Submit_SameKeyWithADifferentBody_Answers422()
    {
        var resident = await factory.ResidentAsync();
        var key = Guid.NewGuid().ToString();
        await resident.SubmitAsync(TestData.Dibao(), key);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(TestData.Dibao()) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await resident.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Submit_SameKeyFromAnotherResident_IsTheirOwnApplication()
    {
        var alice = await factory.ResidentAsync();
        var bob = await factory.ResidentAsync();
        var key = Guid.NewGuid().ToString();

        var first = await alice.SubmitAsync(TestData.Dibao(), key);
        var second = await bob.SubmitAsync(TestData.Dibao(), key);

        Assert.NotEqual(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_ByStaff_Answers404()
    {
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var response = await caseworker.PostAsJsonAsync("/api/v1/applications", TestData.Dibao());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqliteSubmitApplicationTests(SqliteApiFactory factory) : SubmitApplicationTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresSubmitApplicationTests(PostgresApiFactory factory) : SubmitApplicationTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerSubmitApplicationTests(SqlServerApiFactory factory) : SubmitApplicationTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
