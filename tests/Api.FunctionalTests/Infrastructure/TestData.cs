using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

public static class TestData
{
    public static string Phone() => "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>A valid, random resident ID number registered in <paramref name="region"/>.</summary>
    public static string IdNumber(string region = "530102")
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(RandomNumberGenerator.GetInt32(0, 25_000));
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetInt32(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    public static object Dibao(string? idNumber = null, string regionCode = "530102001", string? phone = null) => new
    {
        itemCode = "civil.dibao",
        regionCode,
        applicant = new { name = "李秀英", idNumber = idNumber ?? IdNumber(), phone = phone ?? Phone() },
        answers = new { householdSize = 3, annualIncomePerPerson = 4200, residence = "rural" },
        description = "丈夫去年因病去世，家里三口人只靠我打零工，孩子还在上学。",
    };

    /// <summary>
    /// The one-stage item the tests use for "any application": 农村住房安全保障 (住建, 30 working days,
    /// up to 10 of extension), accepted and decided by the county department. 低保 goes through the
    /// township's stages (issue 20), so tests of the lifecycle, deadlines, reports and the like file this.
    /// </summary>
    public const string OneStageItem = "housing.safety";

    public const string OneStageDepartment = "housing";

    /// <summary>The demo caseworker of <see cref="OneStageDepartment"/> in 五华区 (530102).</summary>
    public const string OneStageCaseworker = "cw-housing-530102";

    /// <summary>An application for <see cref="OneStageItem"/>, shaped like <see cref="Dibao"/>: a leaking, cracked earth house of a 低保 household.</summary>
    public static object Application(string? idNumber = null, string regionCode = "530102001", string? phone = null) => new
    {
        itemCode = OneStageItem,
        regionCode,
        applicant = new { name = "李秀英", idNumber = idNumber ?? IdNumber(), phone = phone ?? Phone() },
        answers = HousingAnswers,
        description = "土坯房的墙裂开了，下雨屋顶漏水，一家三口还住在里面。",
    };

    /// <summary>他人代举 by default: a village official files 低保 for an old man without a phone, giving the village committee's number.</summary>
    public static object OnBehalf(string channel = "OnBehalf", string regionCode = "530102001001", string? idNumber = null) => new
    {
        itemCode = "civil.dibao",
        regionCode,
        channel,
        applicant = new { name = "张老汉", idNumber = idNumber ?? IdNumber(), phone = Phone() },
        answers = new { householdSize = 1, annualIncomePerPerson = 2400, residence = "rural" },
        description = "老人独居，没有手机，村干部入户走访后代为申请。",
    };

    /// <summary><see cref="OnBehalf"/> for <see cref="OneStageItem"/>: a case filed by an official that the county department accepts and decides.</summary>
    public static object OnBehalfApplication(string channel = "OnBehalf", string regionCode = "530102001001", string? idNumber = null) => new
    {
        itemCode = OneStageItem,
        regionCode,
        channel,
        applicant = new { name = "张老汉", idNumber = idNumber ?? IdNumber(), phone = Phone() },
        answers = HousingAnswers,
        description = "老人独居，没有手机，房子墙裂了，村干部入户走访后代为申请。",
    };

    private static readonly object HousingAnswers = new { houseCondition = "cracked", houseStructure = "earthWood", stillLivingIn = true, householdCategory = "dibao" };

    public static object StudentAid(string? idNumber = null) => new
    {
        itemCode = "edu.student-aid",
        regionCode = "530102",
        applicant = new { name = "王小明", idNumber = idNumber ?? IdNumber(), phone = Phone() },
        answers = new { studentName = "王小明", schoolName = "昆明市第一中学", schoolStage = "seniorHigh", householdCategory = "dibao" },
        description = "孩子考上了高中，家里交不起学费。",
    };

    /// <summary>
    /// 临时救助 after a fire; <paramref name="urgent"/> is the resident's answer to "现在是不是马上就没饭吃、没地方住". The address
    /// names only the county, so the township's stages fall to the county's 民政局 (ADR 0040), whose caseworkers these tests follow.
    /// </summary>
    public static object TemporaryAid(bool urgent, string? idNumber = null) => new
    {
        itemCode = "civil.temporary-aid",
        regionCode = "530102",
        applicant = new { name = "赵桂芬", idNumber = idNumber ?? IdNumber(), phone = Phone() },
        answers = new { hardshipType = "fire", occurredOn = "2026-04-29", urgent, householdSize = 3 },
        description = "昨晚家里着火，房子烧了一半，粮食和被子都烧没了。",
    };

    public static async Task<JsonObject> SubmitAsync(this HttpClient resident, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await resident.SendAsync(request);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The application's detail as <paramref name="reader"/> sees it: what a page reads after an action.</summary>
    public static async Task<JsonObject> DetailAsync(this HttpClient reader, string id) =>
        (await reader.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!;

    /// <summary>The body as JSON; it can be read again.</summary>
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
