using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// What the staff console needs of the API: who is signed in, the queue's filters and counts, assigning
/// within the department, bulk acceptance, information requests document by document, and filing on a
/// resident's behalf. Each test works in its own county so the queues do not mix.
/// </summary>
public abstract class StaffConsoleApiTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task Me_SaysWhoIsSignedIn()
    {
        var civil = await factory.StaffAsync("cw-civil-530102");

        var me = await civil.GetFromJsonAsync<JsonObject>("/api/v1/auth/me");

        Assert.Equal(("cw-civil-530102", "Caseworker", "civil", "530102"), (Str(me!, "username"), Str(me!, "role"), Str(me!, "departmentCode"), Str(me!, "regionCode")));
        Assert.False(string.IsNullOrEmpty(Str(me!, "displayName")));
        Assert.False(string.IsNullOrEmpty(Str(me!, "regionName")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Queue_FiltersByHolderDueWindowItemAndTrackingNumber_AndCountsTheWholeQueue()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 23)); // a Monday: intake is due on Tuesday
        await factory.AddStaffAsync("cw-a-530112", Role.Caseworker, TestData.OneStageDepartment, "530112");
        var a = await factory.StaffAsync("cw-a-530112");
        var resident = await factory.ResidentAsync();
        var first = await SubmitInAsync(resident, "530112");
        var second = await SubmitInAsync(resident, "530112");
        var third = await SubmitInAsync(resident, "530112");
        await SubmitInAsync(resident, "530113");
        (await a.PostAsync($"/api/v1/applications/{third["id"]}/accept", null)).EnsureSuccessStatusCode();
        (await a.PostAsync($"/api/v1/applications/{first["id"]}/claim", null)).EnsureSuccessStatusCode();

        var all = await QueueAsync(a, "");
        var mine = await QueueAsync(a, "assigned=me");
        var unassigned = await QueueAsync(a, "assigned=unassigned");
        var soon = await QueueAsync(a, "due=soon");
        var otherItem = await QueueAsync(a, "item=edu.student-aid");
        var searched = await QueueAsync(a, "q=" + Str(second, "trackingNumber")[^6..]);

        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal(
            (3, 0, 2, 0, 1, 2),
            (Count(all, "open"), Count(all, "overdue"), Count(all, "dueSoon"), Count(all, "paused"), Count(all, "mine"), Count(all, "unassigned")));
        Assert.Equal([Str(first, "id")], Ids(mine));
        Assert.Equal((1, 3, 2), (mine["total"]!.GetValue<int>(), Count(mine, "open"), Count(mine, "unassigned")));
        Assert.Equal(Sorted(Str(second, "id"), Str(third, "id")), Sorted([.. Ids(unassigned)]));
        Assert.Equal(Sorted(Str(first, "id"), Str(second, "id")), Sorted([.. Ids(soon)]));
        Assert.Empty(Ids(otherItem));
        Assert.Equal([Str(second, "id")], Ids(searched));
        var held = all["items"]!.AsArray().Single(i => Str(i!, "id") == Str(first, "id"))!;
        Assert.Equal(("cw-a-530112", "Resident", 1), (Str(held, "assignedToName"), Str(held, "channel"), held["workingDaysLeft"]!.GetValue<int>()));
        Assert.NotEqual(Guid.Empty, held["version"]!.GetValue<Guid>());

        // Three days on, the two unaccepted ones are past their intake day; the accepted one is not.
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 26));
        a = await factory.StaffAsync("cw-a-530112");
        var overdue = await QueueAsync(a, "due=overdue");
        Assert.Equal(Sorted(Str(first, "id"), Str(second, "id")), Sorted([.. Ids(overdue)]));
        Assert.Equal(2, Count(overdue, "overdue"));
        Assert.All(overdue["items"]!.AsArray(), i => Assert.Equal("Overdue", Str(i!, "slaState")));
    }

    [Theory]
    [InlineData("due=tomorrow", "due")]
    [InlineData("assigned=everyone", "assigned")]
    [InlineData("status=Open", "status")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task Queue_RefusesUnknownFilters_WithTheFieldNamed(string query, string field)
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);

        var response = await housing.GetAsync("/api/v1/queue?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Assign_GivesTheCaseToAColleague_NeverTakesItFromOne_AndStaysInTheDepartment()
    {
        var aId = await factory.AddStaffAsync("cw-a-530113", Role.Caseworker, TestData.OneStageDepartment, "530113");
        var bId = await factory.AddStaffAsync("cw-b-530113", Role.Caseworker, TestData.OneStageDepartment, "530113");
        var otherDepartmentId = await factory.AddStaffAsync("cw-edu-530113", Role.Caseworker, "edu", "530113");
        var a = await factory.StaffAsync("cw-a-530113");
        var b = await factory.StaffAsync("cw-b-530113");
        var resident = await factory.ResidentAsync();
        var id = Str(await SubmitInAsync(resident, "530113"), "id");

        var colleagues = await a.GetFromJsonAsync<JsonArray>("/api/v1/colleagues");
        var given = await a.PostAsJsonAsync($"/api/v1/applications/{id}/assign", new { staffId = bId });
        var assigned = await a.DetailAsync(id);
        var takeBack = await a.PostAsJsonAsync($"/api/v1/applications/{id}/assign", new { staffId = aId });
        var foreignRelease = await a.PostAsync($"/api/v1/applications/{id}/release", null);
        var released = await b.PostAsync($"/api/v1/applications/{id}/release", null);
        var afterRelease = await b.DetailAsync(id);
        var toOtherDepartment = await a.PostAsJsonAsync($"/api/v1/applications/{id}/assign", new { staffId = otherDepartmentId });
        var toSelf = await a.PostAsJsonAsync($"/api/v1/applications/{id}/assign", new { staffId = aId });
        var heldBySelf = await a.DetailAsync(id);
        var residentView = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");

        Assert.Equal(Sorted(aId.ToString(), bId.ToString()), Sorted([.. colleagues!.Select(c => Str(c!, "id"))]));
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal(Str(assigned, "version"), Str(await given.JsonAsync(), "version"));
        Assert.Equal((bId.ToString(), "cw-b-530113"), (Str(assigned, "assignedToStaffId"), Str(assigned, "assignedToName")));
        var step = assigned["history"]!.AsArray()[^1]!;
        Assert.Equal(("Assigned", "cw-a-530113"), (Str(step, "action"), Str(step, "byName")));
        Assert.Contains("cw-b-530113", Str(step, "reason"), StringComparison.Ordinal);
        Assert.Equal(("claimed-by-another", "claimed-by-another"), (await CodeAsync(takeBack), await CodeAsync(foreignRelease)));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Null(afterRelease["assignedToStaffId"]);
        Assert.Equal(HttpStatusCode.BadRequest, toOtherDepartment.StatusCode);
        Assert.NotNull((await toOtherDepartment.JsonAsync())["errors"]!["staffId"]);
        Assert.Equal(HttpStatusCode.OK, toSelf.StatusCode);
        Assert.Equal("cw-a-530113", Str(heldBySelf, "assignedToName"));
        Assert.DoesNotContain(residentView!["history"]!.AsArray(), h => Str(h!, "action") is "Assigned" or "Released");
        Assert.Null(residentView["assignedToName"]);
    }

    [Fact]
    public async Task DisablingOrMovingACaseworker_ReturnsTheCasesTheyHeldToTheSharedQueue()
    {
        var leaverId = await factory.AddStaffAsync("cw-leaver-530115", Role.Caseworker, TestData.OneStageDepartment, "530115");
        var moverId = await factory.AddStaffAsync("cw-mover-530115", Role.Caseworker, TestData.OneStageDepartment, "530115");
        var leaver = await factory.StaffAsync("cw-leaver-530115");
        var mover = await factory.StaffAsync("cw-mover-530115");
        var resident = await factory.ResidentAsync();
        var leaversCase = Str(await SubmitInAsync(resident, "530115"), "id");
        var moversCase = Str(await SubmitInAsync(resident, "530115"), "id");
        (await leaver.PostAsync($"/api/v1/applications/{leaversCase}/claim", null)).EnsureSuccessStatusCode();
        (await mover.PostAsync($"/api/v1/applications/{moversCase}/claim", null)).EnsureSuccessStatusCode();
        var admin = await factory.StaffAsync("admin");

        (await admin.PostAsync($"/api/v1/admin/staff/{leaverId}/disable", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/admin/staff/{moverId}/rescope", new { role = "Caseworker", departmentCode = TestData.OneStageDepartment, regionCode = "530112" })).EnsureSuccessStatusCode();
        await factory.AddStaffAsync("cw-stays-530115", Role.Caseworker, TestData.OneStageDepartment, "530115");
        var colleague = await factory.StaffAsync("cw-stays-530115");

        var unassigned = await QueueAsync(colleague, "assigned=unassigned");
        Assert.Equal(Sorted(leaversCase, moversCase), Sorted([.. Ids(unassigned)]));
        var detail = await colleague.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{leaversCase}");
        var step = detail!["history"]!.AsArray()[^1]!;
        Assert.Equal(("Released", "Administrator"), (Str(step, "action"), Str(step, "by")));
        Assert.Contains("cw-leaver-530115", Str(step, "reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkAccept_AcceptsEachOnItsOwn_AndReportsTheRefusals()
    {
        await factory.AddStaffAsync("cw-a-530114", Role.Caseworker, TestData.OneStageDepartment, "530114");
        var a = await factory.StaffAsync("cw-a-530114");
        var resident = await factory.ResidentAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Str(await SubmitInAsync(resident, "530114"), "id"));
        }

        (await a.PostAsync($"/api/v1/applications/{ids[2]}/accept", null)).EnsureSuccessStatusCode();
        var unknown = Guid.NewGuid().ToString();

        // Refusals first: what a refused one left behind must not spoil the acceptances after it.
        var response = await a.PostAsJsonAsync("/api/v1/applications/bulk-accept", new { ids = new[] { ids[2], unknown, ids[0], ids[1] } });
        var empty = await a.PostAsJsonAsync("/api/v1/applications/bulk-accept", new { ids = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal((2, 2), (answer["accepted"]!.GetValue<int>(), answer["refused"]!.GetValue<int>()));
        var results = answer["results"]!.AsArray().ToDictionary(r => Str(r!, "id"), r => r!);
        Assert.True(results[ids[0]]["accepted"]!.GetValue<bool>());
        Assert.True(results[ids[1]]["accepted"]!.GetValue<bool>());
        Assert.Equal("invalid-transition", Str(results[ids[2]], "code"));
        Assert.False(string.IsNullOrEmpty(Str(results[ids[2]], "trackingNumber")));
        Assert.Equal("not-found", Str(results[unknown], "code"));
        Assert.Null(results[unknown]["trackingNumber"]);
        var queue = await QueueAsync(a, "status=Accepted");
        Assert.Equal(Sorted([.. ids]), Sorted([.. Ids(queue)]));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Transfer_LetsGoOfTheHolder_SoTheOtherDepartmentCanClaimIt()
    {
        await factory.AddStaffAsync("cw-housing-530124", Role.Caseworker, TestData.OneStageDepartment, "530124");
        await factory.AddStaffAsync("cw-edu-530124", Role.Caseworker, "edu", "530124");
        var housing = await factory.StaffAsync("cw-housing-530124");
        var education = await factory.StaffAsync("cw-edu-530124");
        var resident = await factory.ResidentAsync();
        var id = Str(await SubmitInAsync(resident, "530124"), "id");
        (await housing.PostAsync($"/api/v1/applications/{id}/claim", null)).EnsureSuccessStatusCode();

        (await housing.PostAsJsonAsync($"/api/v1/applications/{id}/transfer", new { departmentCode = "edu", itemCode = "edu.student-aid", reason = "申请的是孩子上学的资助，应由教育局办理。" })).EnsureSuccessStatusCode();
        var unassigned = await QueueAsync(education, "assigned=unassigned");
        var claimed = await education.PostAsync($"/api/v1/applications/{id}/claim", null);

        Assert.Contains(id, Ids(unassigned));
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal("cw-edu-530124", Str(await education.DetailAsync(id), "assignedToName"));
    }

    [Fact]
    public async Task RecordSupplement_AnswersARequestOnPaper_ForACaseFiledOnBehalf()
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var filed = await housing.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication());
        var id = Str(await filed.JsonAsync(), "id");
        (await housing.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿。", missingDocuments = new[] { "householdRegister" } })).EnsureSuccessStatusCode();

        var empty = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/record-supplement", new { text = " " });
        var recorded = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/record-supplement", new { text = "村干部送来户口簿复印件，已核对原件。" });
        var again = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/record-supplement", new { text = "又收到一份" });
        var texts = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ApplicationId == Guid.Parse(id)).Select(m => m.Text).ToListAsync());

        Assert.NotNull((await empty.JsonAsync())["errors"]!["text"]);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var detail = await housing.DetailAsync(id);
        Assert.Equal(("Accepted", false), (Str(detail, "status"), detail["paused"]!.GetValue<bool>()));
        var answer = await recorded.JsonAsync();
        Assert.Equal((Str(detail, "status"), Str(detail, "version")), (Str(answer, "status"), Str(answer, "version")));
        var step = detail["history"]!.AsArray()[^1]!;
        Assert.Equal(("Supplemented", "Caseworker", "村干部送来户口簿复印件，已核对原件。"), (Str(step, "action"), Str(step, "by"), Str(step, "reason")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // No account owns it: the text says where the papers go, not "on the platform".
        Assert.Contains(texts, t => t.Contains("前交到村（社区）或住建局：请补充户口簿。", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("在平台补交", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InformationRequest_NamesTheMissingDocuments_WhichTheResidentSeesOneByOne()
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var resident = await factory.ResidentAsync();
        var id = Str(await resident.SubmitAsync(TestData.Application()), "id");
        (await housing.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();

        var unknown = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充材料", missingDocuments = new[] { "passport" } });
        var asked = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充以下材料，拍清楚四个角。", missingDocuments = new[] { "housePhotos", "idCard", "landDoc" } });
        var residentView = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        var answered = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/supplement", new { text = "身份证和房屋照片已拍照补交。" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["missingDocuments"]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var request = residentView!["informationRequest"]!;
        Assert.Equal("请补充以下材料，拍清楚四个角。", Str(request, "reason"));
        // In the item's order of asking, with names the resident can read.
        Assert.Equal(["idCard", "housePhotos", "landDoc"], request["missingDocuments"]!.AsArray().Select(d => Str(d!, "key")));
        Assert.All(request["missingDocuments"]!.AsArray(), d => Assert.NotEqual(Str(d!, "key"), Str(d!, "name")));
        // A document asked for reads as asked for: the catalog's "（有就传）" of an optional one is not in the request.
        Assert.Equal("宅基地证或房产证", Str(request["missingDocuments"]![2]!, "name"));
        Assert.Equal("Homestead or house ownership certificate", Str(request["missingDocuments"]![2]!, "nameEn"));
        // The page and the text message give the same date to answer by.
        var answerBy = DateOnly.ParseExact(Str(request, "answerBy"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var texts = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ApplicationId == Guid.Parse(id)).Select(m => m.Text).ToListAsync());
        Assert.Contains(texts, t => t.Contains($"请在{answerBy.Month}月{answerBy.Day}日前在平台补交", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Null((await resident.DetailAsync(id))["informationRequest"]);
    }

    [Fact]
    public async Task FileOnBehalf_RecordsTheChannelAndTheOfficial_AndLandsInTheDepartmentsQueue()
    {
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var health = await factory.StaffAsync("cw-health-530102");
        var resident = await factory.ResidentAsync();
        var idNumber = TestData.IdNumber();

        var filed = await health.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication(idNumber: idNumber));
        var official = await housing.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication("Official"));
        var again = await housing.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication(idNumber: idNumber));
        var badChannel = await housing.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication("Resident"));
        var otherCounty = await housing.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication(regionCode: "530111001"));
        var byResident = await resident.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalfApplication());

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = Str(await filed.JsonAsync(), "id");
        var detail = await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.Equal(("OnBehalf", "health", TestData.OneStageDepartment), (Str(detail!, "channel"), Str(detail!["filedBy"]!, "departmentCode"), Str(detail!, "departmentCode")));
        Assert.False(string.IsNullOrEmpty(Str(detail!["filedBy"]!, "displayName")));
        Assert.Equal("Official", Str((await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{Str(await official.JsonAsync(), "id")}"))!, "channel"));
        var queued = (await QueueAsync(housing, "q=" + Str(detail!, "trackingNumber")))["items"]!.AsArray().Single()!;
        Assert.Equal("OnBehalf", Str(queued, "channel"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.NotNull((await badChannel.JsonAsync())["errors"]!["channel"]);
        Assert.NotNull((await otherCounty.JsonAsync())["errors"]!["regionCode"]);
        Assert.Equal(HttpStatusCode.NotFound, byResident.StatusCode);
    }

    private static async Task<JsonObject> SubmitInAsync(HttpClient resident, string county) =>
        await resident.SubmitAsync(TestData.Application(TestData.IdNumber(county), county));

    private static async Task<JsonObject> QueueAsync(HttpClient caseworker, string query) =>
        (await caseworker.GetFromJsonAsync<JsonObject>("/api/v1/queue?" + query))!;

    private static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return Str(await response.JsonAsync(), "code");
    }

    private static string Str(JsonNode node, string property) => node[property]!.GetValue<string>();

    private static int Count(JsonObject page, string name) => page["counts"]![name]!.GetValue<int>();

    private static List<string> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => Str(i!, "id"))];

    private static List<string> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}

public sealed class SqliteStaffConsoleApiTests(SqliteApiFactory factory) : StaffConsoleApiTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStaffConsoleApiTests(PostgresApiFactory factory) : StaffConsoleApiTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStaffConsoleApiTests(SqlServerApiFactory factory) : StaffConsoleApiTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
