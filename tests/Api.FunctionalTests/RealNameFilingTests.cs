using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 17 §1 over HTTP (ADR 0035): 实名认证, filing for family members, and filings that no other account
/// can block or probe: a stranger's filing with someone's ID number is linked for the caseworker instead.
/// </summary>
public abstract class RealNameFilingTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    // In the development simulator's list (appsettings.Development.json): it matches only this name.
    private const string ListedIdNumber = "530102198001011237";
    private const string ListedName = "李秀英";

    [Fact]
    public async Task StrangersFilingWithSomeonesIdNumber_NeitherBlocksNorRevealsThatPersonsOwnFiling()
    {
        var id = TestData.IdNumber();
        var stranger = await factory.ResidentAsync();
        var person = await factory.ResidentAsync();
        var control = await factory.ResidentAsync();

        var strangers = await stranger.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(id));
        var persons = await person.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(id));
        var controls = await control.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(TestData.IdNumber()));

        // The same status and the same shape whether or not another account has an open case.
        Assert.Equal(HttpStatusCode.Created, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.Created, persons.StatusCode);
        Assert.Equal(HttpStatusCode.Created, controls.StatusCode);
        var (mine, theirs) = (await persons.JsonAsync(), await controls.JsonAsync());
        Assert.Equal(Shape(theirs), Shape(mine));
        Assert.Equal(theirs["status"]!.GetValue<string>(), mine["status"]!.GetValue<string>());

        // Neither the person's list nor the detail says anything of the stranger's case.
        var detail = await person.DetailAsync(mine["id"]!.GetValue<string>());
        var controlDetail = await control.DetailAsync(theirs["id"]!.GetValue<string>());
        Assert.Equal(Shape(controlDetail), Shape(detail));
        Assert.Null(detail["possibleDuplicateOf"]);
        Assert.Empty(detail["related"]!.AsArray());
        var strangerId = (await strangers.JsonAsync())["trackingNumber"]!.GetValue<string>();
        Assert.DoesNotContain(strangerId, await person.GetStringAsync("/api/v1/applications/mine"), StringComparison.Ordinal);
        Assert.DoesNotContain(strangerId, detail.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameAccountFilingTwiceForOnePersonAndItem_Answers409_ButAnotherAccountDoesNot()
    {
        var id = TestData.IdNumber();
        var first = await factory.ResidentAsync();
        await first.SubmitAsync(TestData.Dibao(id));

        var again = await first.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(id));
        var other = await (await factory.ResidentAsync()).PostAsJsonAsync("/api/v1/applications", TestData.Dibao(id));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("duplicate-application", (await again.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task SecondFiling_IsLinkedForTheCaseworker_AndMergeClosesItAndTellsTheFilerInPlainWords()
    {
        var id = TestData.IdNumber();
        var phone = TestData.Phone();
        var first = await (await factory.ResidentAsync()).SubmitAsync(TestData.Application(id));
        var filer = await factory.ResidentAsync(phone);
        var second = await filer.SubmitAsync(TestData.Application(id));
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);

        var detail = await caseworker.DetailAsync(second["id"]!.GetValue<string>());
        var firstDetail = await caseworker.DetailAsync(first["id"]!.GetValue<string>());
        var row = await QueueRowAsync(caseworker, second["trackingNumber"]!.GetValue<string>());

        Assert.Equal(first["trackingNumber"]!.GetValue<string>(), detail["possibleDuplicateOf"]!["trackingNumber"]!.GetValue<string>());
        Assert.Contains("Merged", detail["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(second["trackingNumber"]!.GetValue<string>(), firstDetail["possibleDuplicates"]![0]!["trackingNumber"]!.GetValue<string>());
        Assert.DoesNotContain("Merged", firstDetail["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.True(row["possibleDuplicate"]!.GetValue<bool>());

        var merged = await caseworker.PostAsJsonAsync($"/api/v1/applications/{second["id"]}/merge", new { });

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal("Merged", (await merged.JsonAsync())["status"]!.GetValue<string>());
        var seen = await filer.DetailAsync(second["id"]!.GetValue<string>());
        Assert.Equal("Merged", seen["status"]!.GetValue<string>());
        Assert.Contains("并入", seen["decisionReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(first["trackingNumber"]!.GetValue<string>(), seen.ToJsonString(), StringComparison.Ordinal);
        var texts = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ApplicationId == Guid.Parse(second["id"]!.GetValue<string>())).ToListAsync());
        Assert.Contains(texts, m => m.Recipient == phone && m.Text.Contains("合并办理", StringComparison.Ordinal));

        // The case it went into goes on; a second merge of the closed filing is refused as a transition.
        Assert.Equal("Submitted", (await caseworker.DetailAsync(first["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        var again = await caseworker.PostAsJsonAsync($"/api/v1/applications/{second["id"]}/merge", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task LinkedFiling_CanBeRefusedWithAReason_AndTheStrangersFirstFilingToo()
    {
        var id = TestData.IdNumber();
        var stranger = await factory.ResidentAsync();
        var first = await stranger.SubmitAsync(TestData.Application(id));
        var person = await factory.ResidentAsync();
        var second = await person.SubmitAsync(TestData.Application(id));
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);

        // The stranger's filing is the one refused; the person's goes on, and can no longer be merged into it.
        var refused = await caseworker.PostAsJsonAsync($"/api/v1/applications/{first["id"]}/not-accept", new { reason = "申请人本人未授权他人申请" });
        var merge = await caseworker.PostAsJsonAsync($"/api/v1/applications/{second["id"]}/merge", new { });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, merge.StatusCode);
        Assert.Equal("merge-target-closed", (await merge.JsonAsync())["code"]!.GetValue<string>());
        var strangers = await stranger.DetailAsync(first["id"]!.GetValue<string>());
        Assert.Equal("申请人本人未授权他人申请", strangers["decisionReason"]!.GetValue<string>());
        var accepted = await caseworker.PostAsJsonAsync($"/api/v1/applications/{second["id"]}/accept", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task OfficialFilingOnBehalf_OfAPersonAResidentFiledFor_IsLinked_AndASecondOfficialFilingAnswers409()
    {
        var id = TestData.IdNumber();
        var residents = await (await factory.ResidentAsync()).SubmitAsync(TestData.Dibao(id));
        var caseworker = await factory.StaffAsync("cw-civil-530102");

        var official = await caseworker.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalf(idNumber: id));
        var again = await caseworker.PostAsJsonAsync("/api/v1/applications/on-behalf", TestData.OnBehalf(idNumber: id));

        Assert.Equal(HttpStatusCode.Created, official.StatusCode);
        var detail = await caseworker.DetailAsync((await official.JsonAsync())["id"]!.GetValue<string>());
        Assert.Equal(residents["trackingNumber"]!.GetValue<string>(), detail["possibleDuplicateOf"]!["trackingNumber"]!.GetValue<string>());
        Assert.Null(detail["filedByResident"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task UnverifiedAccount_FilesForItselfMarkedUnverified_AndCannotFileForFamily()
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);

        var filed = await resident.SubmitAsync(TestData.Application());
        var forFamily = await resident.PostAsJsonAsync("/api/v1/applications", WithRelationship(TestData.Application(), "Spouse"));

        var detail = await caseworker.DetailAsync(filed["id"]!.GetValue<string>());
        Assert.False(detail["filedByResident"]!["verified"]!.GetValue<bool>());
        Assert.Equal("本人", detail["filedByResident"]!["relationship"]!.GetValue<string>());
        Assert.True((await QueueRowAsync(caseworker, filed["trackingNumber"]!.GetValue<string>()))["unverified"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, forFamily.StatusCode);
        Assert.NotNull((await forFamily.JsonAsync())["errors"]!["relationship"]);
    }

    [Fact]
    public async Task VerifiedAccount_FilesForItselfAndForASpouse_TheCaseworkerSeesWhoFiledForWhom()
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var verified = await resident.PostAsJsonAsync("/api/v1/identity", new { name = ListedName, idNumber = ListedIdNumber });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var identity = await resident.GetFromJsonAsync<JsonObject>("/api/v1/identity");
        Assert.True(identity!["verified"]!.GetValue<bool>());
        Assert.Equal("5301**********1237", identity["idNumber"]!.GetValue<string>());

        var own = await resident.SubmitAsync(TestData.Application(ListedIdNumber));
        var spouse = await resident.SubmitAsync(WithRelationship(TestData.Application(), "Spouse", name: "王建国"));

        var ownDetail = await caseworker.DetailAsync(own["id"]!.GetValue<string>());
        var spouseDetail = await caseworker.DetailAsync(spouse["id"]!.GetValue<string>());
        Assert.True(ownDetail["filedByResident"]!["verified"]!.GetValue<bool>());
        Assert.Equal(("配偶", ListedName, "Spouse"), (
            spouseDetail["filedByResident"]!["relationship"]!.GetValue<string>(),
            spouseDetail["filedByResident"]!["verifiedName"]!.GetValue<string>(),
            spouseDetail["relationship"]!.GetValue<string>()));
        Assert.False((await QueueRowAsync(caseworker, spouse["trackingNumber"]!.GetValue<string>()))["unverified"]!.GetValue<bool>());
        Assert.Equal("Spouse", (await QueueRowAsync(caseworker, spouse["trackingNumber"]!.GetValue<string>()))["relationship"]!.GetValue<string>());

        // The ID number is stored encrypted, with its blind index.
        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("""SELECT "VerifiedIdNumber" AS "Value" FROM "Residents" WHERE "VerifiedIdNumber" IS NOT NULL""").ToListAsync());
        Assert.All(stored, v => Assert.StartsWith("pd1:", v, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN", "姓名")]
    [InlineData("en", "name")]
    public async Task VerifiedAccount_FilingForItselfUnderAnotherName_Answers400OnTheApplicantsName(string language, string word)
    {
        var resident = await factory.ResidentAsync();
        resident.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        (await resident.PostAsJsonAsync("/api/v1/identity", new { name = ListedName, idNumber = ListedIdNumber })).EnsureSuccessStatusCode();

        var response = await resident.PostAsJsonAsync("/api/v1/applications", WithRelationship(TestData.Dibao(ListedIdNumber), "Self", name: "李秀兰"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["applicant.name"], errors.Select(e => e.Key));
        Assert.Contains(word, errors["applicant.name"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_MismatchAndUnknownNumber_Answer400OnTheirField_AndTheAccountStaysUnverified()
    {
        var resident = await factory.ResidentAsync();
        var notInRegister = TestData.IdNumber()[..14] + "999";
        notInRegister += Domain.Residents.ResidentIdNumber.CheckCharacterOf(notInRegister);

        var mismatch = await resident.PostAsJsonAsync("/api/v1/identity", new { name = "张三", idNumber = ListedIdNumber });
        var unknown = await resident.PostAsJsonAsync("/api/v1/identity", new { name = "张三", idNumber = notInRegister });

        Assert.Equal(["name"], (await mismatch.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(["idNumber"], (await unknown.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.False((await resident.GetFromJsonAsync<JsonObject>("/api/v1/identity"))!["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FilingForAFamilyMemberWhoseNameDoesNotMatchTheirIdNumber_Answers400OnTheApplicantsName()
    {
        var resident = await factory.ResidentAsync();
        (await resident.PostAsJsonAsync("/api/v1/identity", new { name = "赵敏", idNumber = TestData.IdNumber() })).EnsureSuccessStatusCode();

        var response = await resident.PostAsJsonAsync("/api/v1/applications", WithRelationship(TestData.Dibao(ListedIdNumber), "Parent", name: "李秀兰"));
        var unknownRelationship = await resident.PostAsJsonAsync("/api/v1/applications", WithRelationship(TestData.Dibao(), "Neighbour"));

        Assert.Equal(["applicant.name"], (await response.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRelationship.StatusCode);
        Assert.NotNull((await unknownRelationship.JsonAsync())["errors"]!["relationship"]);
    }

    private static async Task<JsonObject> QueueRowAsync(HttpClient caseworker, string trackingNumber)
    {
        var page = await caseworker.GetFromJsonAsync<JsonObject>($"/api/v1/queue?q={trackingNumber}");
        return page!["items"]!.AsArray().Single()!.AsObject();
    }

    private static JsonObject WithRelationship(object body, string relationship, string? name = null)
    {
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.AsObject();
        json["relationship"] = relationship;
        if (name is not null)
        {
            json["applicant"]!["name"] = name;
        }

        return json;
    }

    /// <summary>The property names, recursively: what a client could tell apart without reading values.</summary>
    private static string Shape(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.Select(p => p.Key + ":" + Shape(p.Value))) + "}",
        JsonArray a => "[" + (a.Count == 0 ? "" : Shape(a[0])) + "]",
        null => "null",
        _ => "v",
    };
}

public sealed class SqliteRealNameFilingTests(SqliteApiFactory factory) : RealNameFilingTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresRealNameFilingTests(PostgresApiFactory factory) : RealNameFilingTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

/// <summary>Without a configured provider (the default, as in Production): 实名认证 answers 503, filing for oneself still works.</summary>
public sealed class IdentityProviderMissingTests(IdentityProviderMissingTests.Factory factory) : IClassFixture<IdentityProviderMissingTests.Factory>
{
    [Fact]
    public async Task Verify_WithoutAProvider_Answers503InPlainWords_AndFilingForOneselfStillWorks()
    {
        var resident = await factory.ResidentAsync();

        var response = await resident.PostAsJsonAsync("/api/v1/identity", new { name = "李秀英", idNumber = "530102198001011237" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("实名认证暂不可用", (await response.JsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await resident.SubmitAsync(TestData.Dibao());
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["IdentityVerification:Provider"] = "None" };
    }
}
