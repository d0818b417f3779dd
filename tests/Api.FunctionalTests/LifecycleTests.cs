using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class LifecycleTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task InformationRequest_PausesTheClock_AndTheResidentsAnswerResumesIt()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);

        var asked = await (await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿首页照片。" })).JsonAsync();
        var residentView = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        var answered = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/supplement", new { text = "户口簿已拍照补交。" });

        Assert.Equal("InfoRequested", asked["status"]!.GetValue<string>());
        Assert.True(residentView!["paused"]!.GetValue<bool>());
        Assert.Null(residentView["slaState"]);
        Assert.Equal("请补充户口簿首页照片。", residentView["history"]!.AsArray()[^1]!["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Accepted", (await answered.JsonAsync())["status"]!.GetValue<string>());
        var after = await resident.DetailAsync(id);
        Assert.False(after["paused"]!.GetValue<bool>());
        Assert.Equal("Supplemented", after["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task NotAccept_ClosesTheApplication_AndThePersonMayApplyAgain()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var idNumber = TestData.IdNumber();
        var id = (await resident.SubmitAsync(TestData.Application(idNumber)))["id"]!.GetValue<string>();

        var refused = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/not-accept", new { reason = "户籍不在本县，请向户籍所在地申请。" });
        var again = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Application(idNumber));

        Assert.Equal("NotAccepted", (await refused.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Reject_RequiresAReason()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);

        var response = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/reject", new { reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["reason"]);
    }

    [Fact]
    public async Task Transfer_MovesTheApplicationToTheOtherDepartmentsQueue()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var education = await factory.StaffAsync("cw-edu-530102");
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var transferred = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/transfer", new { departmentCode = "edu", itemCode = "edu.student-aid", reason = "申请的是孩子上学的资助，应由教育局办理。" });
        var housingRead = await housing.GetAsync($"/api/v1/applications/{id}");
        var educationQueue = await education.GetFromJsonAsync<JsonObject>("/api/v1/queue");
        var accepted = await education.PostAsync($"/api/v1/applications/{id}/accept", null);

        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, housingRead.StatusCode);
        Assert.Contains(educationQueue!["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var history = (await education.DetailAsync(id))["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>());
        Assert.Equal(["Submitted", "Transferred", "Accepted"], history);
    }

    [Theory]
    [InlineData("", "xx")]
    [InlineData("nowhere", "这不是我们的事")]
    public async Task Transfer_ToAnUnknownDepartment_Answers400(string department, string reason)
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var response = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/transfer", new { departmentCode = department, reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["departmentCode"]);
    }

    [Fact]
    public async Task Transfer_WithoutSayingWhichOfTheDepartmentsItems_Answers400OnItemCode()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var response = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/transfer", new { departmentCode = "water", reason = "饮水问题归水利局" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["itemCode"]);
        Assert.Equal(TestData.OneStageDepartment, (await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["departmentCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdraw_BeforeADecision_Closes_AfterADecision_Answers409()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var open = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        var decided = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await housing.PostAsJsonAsync($"/api/v1/applications/{decided}/not-accept", new { reason = "重复申请" });

        var withdrawn = await resident.PostAsJsonAsync($"/api/v1/applications/{open}/withdraw", new { reason = "家里情况好转了" });
        var tooLate = await resident.PostAsync($"/api/v1/applications/{decided}/withdraw", null);

        Assert.Equal("Withdrawn", (await withdrawn.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Equal("invalid-transition", (await tooLate.JsonAsync())["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("request-info")]
    public async Task ActionNotAllowedInTheCurrentStatus_Answers409(string action)
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var response = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/{action}", new { reason = "原因" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Queue_IsOrderedByDueDate_AndPages()
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        for (var i = 0; i < 3; i++)
        {
            await resident.SubmitAsync(TestData.Application());
        }

        var page = await housing.GetFromJsonAsync<JsonObject>("/api/v1/queue?page=1&pageSize=2");
        var all = await housing.GetFromJsonAsync<JsonObject>("/api/v1/queue?pageSize=100");
        var badStatus = await housing.GetAsync("/api/v1/queue?status=Lost");

        Assert.Equal(2, page!["items"]!.AsArray().Count);
        var dueDates = all!["items"]!.AsArray().Select(i => i!["dueDate"]!.GetValue<string>()).ToList();
        Assert.Equal(dueDates.Order(StringComparer.Ordinal), dueDates);
        Assert.True(all["total"]!.GetValue<int>() >= 3);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }
}

public sealed class SqliteLifecycleTests(SqliteApiFactory factory) : LifecycleTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresLifecycleTests(PostgresApiFactory factory) : LifecycleTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerLifecycleTests(SqlServerApiFactory factory) : LifecycleTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
