using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>The pre-check over HTTP, before signing in: verdicts per item in the caller's language, and clear answers to bad input.</summary>
public sealed class EligibilityTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task Check_WithoutSigningIn_AnswersEveryItem_LikelyOnesFirst_WithReasons()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/eligibility/check", new { residence = "rural", incomePerPerson = 4_800, houseUnsafe = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var items = body["items"]!.AsArray();
        Assert.Equal(15, items.Count);
        var verdicts = items.Select(i => i!["verdict"]!.GetValue<string>()).ToList();
        Assert.Equal(verdicts.OrderBy(v => v switch { "likely-eligible" => 0, "depends" => 1, _ => 2 }), verdicts);
        var dibao = items.Single(i => i!["itemCode"]!.GetValue<string>() == "civil.dibao")!;
        Assert.Equal(("likely-eligible", "可能符合", "最低生活保障（低保）"), (dibao["verdict"]!.GetValue<string>(), dibao["verdictText"]!.GetValue<string>(), dibao["name"]!.GetValue<string>()));
        Assert.Equal("全家每人每年收入 4,800 元，低于农村低保标准 5,343 元", dibao["reasons"]![0]!.GetValue<string>());
        Assert.Equal("likely-eligible", items.Single(i => i!["itemCode"]!.GetValue<string>() == "housing.safety")!["verdict"]!.GetValue<string>());
        Assert.Contains("不影响您申请", body["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InEnglish_ExplainsInEnglish()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var body = await (await client.PostAsJsonAsync("/api/v1/eligibility/check", new { residence = "urban", incomePerPerson = 9_000 })).JsonAsync();

        var dibao = body["items"]!.AsArray().Single(i => i!["itemCode"]!.GetValue<string>() == "civil.dibao")!;
        Assert.Equal(("likely-not", "Likely not"), (dibao["verdict"]!.GetValue<string>(), dibao["verdictText"]!.GetValue<string>()));
        Assert.Equal("your household's income per person, 9,000 yuan a year, is not under the urban dibao standard of 8,400 yuan", dibao["reasons"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Check_WithBadAnswers_Answers400OnTheFields()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/eligibility/check", new { residence = "moon", incomePerPerson = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("residence") && errors.ContainsKey("incomePerPerson"), string.Join(", ", errors.Select(e => e.Key)));
    }
}
