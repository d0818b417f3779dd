using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// 政府找 (issue 9): officials register households, which the rules file classifies under the year's
/// figures (province 2026: poverty line 4,000, warning line 6,000, monitoring line 7,000, large
/// spending 10,000); a change of circumstances or of the figures moves the level, with its rule kept.
/// </summary>
public abstract class MonitoringTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private static object Household(decimal income, decimal spending = 0, string[]? hardships = null, string region = "530102001001", bool formerlyPoor = false) => new
    {
        regionCode = region,
        headName = "张德顺",
        members = new object[]
        {
            new { name = "张德顺", idNumber = TestData.IdNumber(region[..6]), relation = "head" },
            new { name = "李桂芬", idNumber = TestData.IdNumber(region[..6]), relation = "spouse" },
        },
        perCapitaIncome = income,
        unavoidableSpending = spending,
        hardships = hardships ?? [],
        formerlyPoor,
    };

    [Fact]
    public async Task AnOfficialRegistersAHousehold_ItTurnsPurpleAfterAnIllness_AndTheChangeIsKeptWithItsRule()
    {
        var official = await factory.StaffAsync("cw-civil-530102");

        var registered = await official.PostAsJsonAsync("/api/v1/households", Household(9_000));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var household = await registered.JsonAsync();
        var id = household["id"]!.GetValue<string>();
        Assert.Equal("Green", household["level"]!.GetValue<string>());
        Assert.Equal("Ⅴ级（绿色）", household["levelName"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}\*{10}[\dX]{4}$", household["members"]![0]!["idNumber"]!.GetValue<string>());

        var body = Household(9_000, 15_000, ["SeriousIllness"]);
        var updated = await official.PutAsJsonAsync($"/api/v1/households/{id}", Merge(body, household["version"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var purple = await updated.JsonAsync();

        Assert.Equal("Purple", purple["level"]!.GetValue<string>());
        Assert.Equal(["SuddenSevereHardship"], purple["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal("因大病产生刚性支出 15,000 元，达到 10,000 元；因大病纳入突发严重困难户", purple["explanation"]!.GetValue<string>());
        var changes = purple["changes"]!.AsArray();
        Assert.Equal(2, changes.Count);
        Assert.Equal(("Green", "Purple", "purple-large-unavoidable-spending", "official"), (
            changes[1]!["fromLevel"]!.GetValue<string>(), changes[1]!["toLevel"]!.GetValue<string>(),
            changes[1]!["ruleId"]!.GetValue<string>(), changes[1]!["by"]!.GetValue<string>()));

        var audited = await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.ObjectId == id).Select(r => r.Action).ToListAsync());
        Assert.Equal(["household.registered", "household.updated"], audited.Order());

        official.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await official.GetFromJsonAsync<JsonObject>($"/api/v1/households/{id}");
        Assert.Equal("unavoidable spending of 15,000 yuan because of serious illness reaches 10,000 yuan; serious illness: a household in sudden severe hardship", english!["explanation"]!.GetValue<string>());
        Assert.Equal("III (purple)", english["levelName"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnOfficialFilesForAWarnedHousehold_PreFilledFromTheRegister_AndTheDepartmentSeesTheChannel()
    {
        var official = await factory.StaffAsync("cw-health-530102");
        var household = await (await official.PostAsJsonAsync("/api/v1/households", Household(4_500))).JsonAsync();
        var id = household["id"]!.GetValue<string>();
        var body = new { itemCode = "civil.dibao", phone = TestData.Phone(), answers = new { residence = "rural" }, description = "走访发现这户收入很低，代为申请低保。" };

        var filed = await official.PostAsJsonAsync($"/api/v1/households/{id}/applications", body);
        var again = await official.PostAsJsonAsync($"/api/v1/households/{id}/applications", body);

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var application = (await filed.JsonAsync())["id"]!.GetValue<string>();
        var civil = await factory.StaffAsync("cw-civil-530102");
        var detail = await civil.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{application}");
        Assert.Equal("Official", detail!["channel"]!.GetValue<string>());
        Assert.Equal(2, detail["answers"]!["householdSize"]!.GetValue<int>());
        Assert.Equal(4_500m, detail["answers"]!["annualIncomePerPerson"]!.GetValue<decimal>());
        Assert.Equal("张德顺", detail["applicant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCaseworker_SeesTheHouseholdsApplicationsInOtherDepartments_TheResidentDoesNot()
    {
        var official = await factory.StaffAsync("cw-civil-530102");
        var head = TestData.IdNumber();
        var spouse = TestData.IdNumber();
        (await official.PostAsJsonAsync("/api/v1/households", new
        {
            regionCode = "530102001001",
            headName = "陈志强",
            members = new[] { new { name = "陈志强", idNumber = head, relation = "head" }, new { name = "周丽", idNumber = spouse, relation = "spouse" } },
            perCapitaIncome = 5_000,
            unavoidableSpending = 0,
            hardships = Array.Empty<string>(),
            formerlyPoor = false,
        })).EnsureSuccessStatusCode();
        var resident = await factory.ResidentAsync();
        var dibao = (await resident.SubmitAsync(TestData.Dibao(head)))["id"]!.GetValue<string>();
        var studentAid = (await (await factory.ResidentAsync()).SubmitAsync(TestData.StudentAid(spouse)))["trackingNumber"]!.GetValue<string>();

        var seenByStaff = await official.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{dibao}");
        var seenByResident = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{dibao}");

        var related = Assert.Single(seenByStaff!["related"]!.AsArray())!;
        Assert.Equal((studentAid, "edu.student-aid", "edu", false, false), (
            related["trackingNumber"]!.GetValue<string>(), related["itemCode"]!.GetValue<string>(), related["departmentCode"]!.GetValue<string>(),
            related["sameApplicant"]!.GetValue<bool>(), related["warning"]!.GetValue<bool>()));
        Assert.Equal("同户家庭成员的申请，供综合研判", related["explanation"]!.GetValue<string>());
        Assert.Empty(seenByResident!["related"]!.AsArray());
    }

    [Fact]
    public async Task AnApprovedDibao_GivesTheHouseholdItsVerifiedIncome_AndMovesItsLevel()
    {
        // 低保 is decided by the county after the township's stages (issue 20), on dates of March 2026 (China)
        // with no holiday near; staff sign in again after the clock moves, as their sessions would have ended.
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        try
        {
            var official = await factory.StaffAsync("cw-civil-530102");
            var township = await factory.StaffAsync("tw-civil-530102001");
            var resident = await factory.ResidentAsync();
            var head = TestData.IdNumber();
            var household = await (await official.PostAsJsonAsync("/api/v1/households", new
            {
                regionCode = "530102001001",
                headName = "刘春梅",
                members = new[] { new { name = "刘春梅", idNumber = head, relation = "head" } },
                perCapitaIncome = 9_000,
                unavoidableSpending = 0,
                hardships = Array.Empty<string>(),
                formerlyPoor = false,
            })).JsonAsync();
            Assert.Equal("Green", household["level"]!.GetValue<string>());
            var id = (await resident.SubmitAsync(TestData.Dibao(head)))["id"]!.GetValue<string>();

            (await township.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
            (await township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", new
            {
                visitedOn = "2026-03-02",
                visitors = new[] { "王五", "赵六" },
                householdSize = 3,
                membersUnableToWork = 1,
                monthlyIncomeYuan = 1_050m,
                housing = "砖木结构，两间",
                findings = "家庭人均年收入约 4,200 元",
            })).EnsureSuccessStatusCode();
            (await township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "入户核实" })).EnsureSuccessStatusCode();
            (await township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { recommendApproval = true, proposedBenefit = "每月 400 元" })).EnsureSuccessStatusCode();
            factory.Clock.SetChinaTime(new DateOnly(2026, 3, 10));
            township = await factory.StaffAsync("tw-civil-530102001");
            official = await factory.StaffAsync("cw-civil-530102");
            (await township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "公示期满无异议" })).EnsureSuccessStatusCode();

            // The household learns of the decision, not of the township's recommendation.
            Assert.Equal(9_000m, (await official.GetFromJsonAsync<JsonObject>($"/api/v1/households/{household["id"]}"))!["perCapitaIncome"]!.GetValue<decimal>());
            (await official.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "核实家庭人均收入 4,200 元，低于农村低保标准", benefit = "每月 400 元" })).EnsureSuccessStatusCode();

            var after = await official.GetFromJsonAsync<JsonObject>($"/api/v1/households/{household["id"]}");
            Assert.Equal(4_200m, after!["perCapitaIncome"]!.GetValue<decimal>());
            Assert.Equal("Blue", after["level"]!.GetValue<string>());
            Assert.Equal("blue-under-warning-line", after["changes"]!.AsArray()[^1]!["ruleId"]!.GetValue<string>());
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Answers409_AndChangesNothing()
    {
        var official = await factory.StaffAsync("cw-civil-530102");
        var household = await (await official.PostAsJsonAsync("/api/v1/households", Household(9_000))).JsonAsync();
        var id = household["id"]!.GetValue<string>();
        var version = household["version"]!.GetValue<string>();
        (await official.PutAsJsonAsync($"/api/v1/households/{id}", Merge(Household(8_000), version))).EnsureSuccessStatusCode();

        var stale = await official.PutAsJsonAsync($"/api/v1/households/{id}", Merge(Household(3_000), version));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("concurrency-conflict", (await stale.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(8_000m, (await official.GetFromJsonAsync<JsonObject>($"/api/v1/households/{id}"))!["perCapitaIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task NewFiguresForACounty_MoveItsHouseholds_ThroughTheJob_AndLeaveOthersAlone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-civil-530103-{suffix}", Role.Caseworker, "civil", "530103");
        var panlong = await factory.StaffAsync($"cw-civil-530103-{suffix}");
        var wuhua = await factory.StaffAsync("cw-civil-530102");
        var admin = await factory.StaffAsync("admin");
        var inside = (await (await panlong.PostAsJsonAsync("/api/v1/households", Household(9_000, region: "530103001001"))).JsonAsync())["id"]!.GetValue<string>();
        var outside = (await (await wuhua.PostAsJsonAsync("/api/v1/households", Household(9_000))).JsonAsync())["id"]!.GetValue<string>();
        var year = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;

        var set = await admin.PutAsJsonAsync($"/api/v1/admin/monitoring/thresholds/{year}/530103", new { povertyLine = 4_000, warningFactor = 1.5, monitoringLine = 9_500, largeSpendingLine = 10_000 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        // The PUT starts the evaluate-households job; wait for it (bounded) rather than run it here.
        JsonObject moved = null!;
        for (var i = 0; i < 100; i++)
        {
            moved = (await panlong.GetFromJsonAsync<JsonObject>($"/api/v1/households/{inside}"))!;
            if (moved["level"]!.GetValue<string>() != "Green")
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal("Yellow", moved["level"]!.GetValue<string>());
        Assert.Equal(["MarginalProneToPoverty"], moved["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        var change = moved["changes"]!.AsArray()[^1]!;
        Assert.Equal(("yellow-under-monitoring-line", "job"), (change["ruleId"]!.GetValue<string>(), change["by"]!.GetValue<string>()));
        Assert.Equal("人均纯收入 9,000 元，低于监测线 9,500 元；一般农户收入低于监测线，纳入边缘易致贫户", change["explanation"]!.GetValue<string>());
        Assert.Equal("Green", (await wuhua.GetFromJsonAsync<JsonObject>($"/api/v1/households/{outside}"))!["level"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRegister_IsSeenWithinTheCallersScope_MostSevereFirst()
    {
        var official = await factory.StaffAsync("cw-civil-530102");
        var red = (await (await official.PostAsJsonAsync("/api/v1/households", Household(3_999))).JsonAsync())["id"]!.GetValue<string>();
        var blue = (await (await official.PostAsJsonAsync("/api/v1/households", Household(4_000))).JsonAsync())["id"]!.GetValue<string>();
        var supervisor = await factory.StaffAsync("sup-530100");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"sup-530300-{suffix}", Role.Supervisor, null, "530300");
        var elsewhere = await factory.StaffAsync($"sup-530300-{suffix}");

        var reds = await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/households?level=Red&pageSize=100");
        var all = await official.GetFromJsonAsync<JsonObject>("/api/v1/households?pageSize=100");
        var levels = all!["items"]!.AsArray().Select(i => i!["levelNumber"]!.GetValue<int>()).ToList();

        Assert.Contains(reds!["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == red);
        Assert.DoesNotContain(reds["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == blue);
        Assert.Equal(levels.Order(), levels);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/households/{red}")).StatusCode);
        Assert.Equal(0, (await elsewhere.GetFromJsonAsync<JsonObject>("/api/v1/households"))!["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PutAsJsonAsync($"/api/v1/households/{red}", Household(9_000))).StatusCode);
    }

    [Theory]
    [InlineData("idNumber", "members[0].IdNumber")]
    [InlineData("region", "regionCode")]
    [InlineData("hardship", "hardships[0]")]
    [InlineData("income", "perCapitaIncome")]
    public async Task Register_WithBadInput_Answers400OnTheField(string what, string field)
    {
        var official = await factory.StaffAsync("cw-civil-530102");
        var body = JsonSerializerNodes(Household(5_000));
        switch (what)
        {
            case "idNumber": body["members"]![0]!["idNumber"] = "530102196001011239"; break;
            case "region": body["regionCode"] = "530302001"; break;
            case "hardship": body["hardships"] = new JsonArray("Unlucky"); break;
            default: body["perCapitaIncome"] = -1; break;
        }

        var response = await official.PostAsJsonAsync("/api/v1/households", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.Any(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)), string.Join(", ", errors.Select(e => e.Key)));
    }

    private static JsonObject Merge(object body, string version)
    {
        // An update names no region (a household stays where it was registered), and a property the body does not declare is refused (ADR 0033).
        var node = JsonSerializerNodes(body);
        node.Remove("regionCode");
        node["expectedVersion"] = version;
        return node;
    }

    private static JsonObject JsonSerializerNodes(object body) => System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
}

public sealed class SqliteMonitoringTests(SqliteApiFactory factory) : MonitoringTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresMonitoringTests(PostgresApiFactory factory) : MonitoringTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerMonitoringTests(SqlServerApiFactory factory) : MonitoringTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
