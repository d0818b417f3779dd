using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The read side of one application: the detail is read in a few round trips whatever the case holds,
/// and what a page reads after an action is what the action committed.
/// </summary>
public abstract class ApplicationReadTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task Detail_OfACaseWithEverything_IsReadInAFewCommands()
    {
        var (resident, caseworker, id) = await DecidedCaseWithEverythingAsync();
        var log = new SqlCommandLog();
        await using var host = log.HostOn(factory);

        var staffCommands = await CommandsOfDetailAsync(host, log, caseworker, id);
        var residentCommands = await CommandsOfDetailAsync(host, log, resident, id);

        output.WriteLine($"{factory.Provider}: caseworker {staffCommands.Count} commands, resident {residentCommands.Count}");
        foreach (var command in staffCommands)
        {
            output.WriteLine(command.ReplaceLineEndings(" "));
        }

        Assert.InRange(staffCommands.Count, 1, 5);
        Assert.InRange(residentCommands.Count, 1, 4);
    }

    [Fact]
    public async Task Supplement_WithAPhoto_AnswersTheNewVersion_AndTheDetailReadAfterItShowsThePhoto()
    {
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿照片" })).EnsureSuccessStatusCode();
        var asked = await resident.DetailAsync(id);
        var photo = (await (await ResidentPageTests<TFactory>.UploadAsync(resident, ResidentPageTests<TFactory>.Png, "户口簿.png", "supplement", TestData.OneStageItem)).JsonAsync())["id"]!.GetValue<string>();

        // What the resident's page does: send the answer with the version on screen, then read the case again.
        var response = await resident.PostAsJsonAsync(
            $"/api/v1/applications/{id}/supplement", new { text = "已补拍户口簿", expectedVersion = asked["version"], attachmentIds = new[] { photo } });
        var shown = await resident.DetailAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal(("Accepted", shown["version"]!.GetValue<string>()), (answer["status"]!.GetValue<string>(), answer["version"]!.GetValue<string>()));
        Assert.NotEqual(asked["version"]!.GetValue<string>(), answer["version"]!.GetValue<string>());
        Assert.Equal(["Withdrawn"], answer["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(answer["history"]);
        Assert.Contains(shown["attachments"]!.AsArray(), a => a!["id"]!.GetValue<string>() == photo && a["stage"]!.GetValue<string>() == "Supplement");
        Assert.Contains((await caseworker.DetailAsync(id))["attachments"]!.AsArray(), a => a!["id"]!.GetValue<string>() == photo);
    }

    /// <summary>The commands of one GET of the detail, leaving out the session check every signed-in request makes.</summary>
    private static async Task<IReadOnlyList<string>> CommandsOfDetailAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, SqlCommandLog log, HttpClient signedIn, string id)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        await client.GetAsync($"/api/v1/applications/{id}"); // warms the caches of the second host
        log.Clear();
        log.On = true;
        var response = await client.GetAsync($"/api/v1/applications/{id}");
        log.On = false;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. log.Commands.Where(c => !c.Contains("\"Sessions\"", StringComparison.Ordinal))];
    }

    /// <summary>Accepted, claimed, extended, supervised, asked and answered with a photo, approved, rated poorly; the applicant has another case.</summary>
    private async Task<(HttpClient Resident, HttpClient Caseworker, string Id)> DecidedCaseWithEverythingAsync()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 11, 16));
        var resident = await factory.ResidentAsync();
        var caseworker = await factory.StaffAsync(TestData.OneStageCaseworker);
        var supervisor = await factory.StaffAsync("sup-530102");
        var idNumber = TestData.IdNumber();
        var id = (await resident.SubmitAsync(TestData.Application(idNumber)))["id"]!.GetValue<string>();
        await resident.SubmitAsync(TestData.StudentAid(idNumber));
        async Task ActAsync(HttpClient client, string action, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/applications/{id}/{action}", body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
        }

        await ActAsync(caseworker, "accept", new { });
        await ActAsync(caseworker, "claim", new { });
        await ActAsync(caseworker, "extension", new { workingDays = 5, reason = "需要入户查看房屋受损情况" });
        await ActAsync(supervisor, "extension/approve", new { });
        await ActAsync(supervisor, "supervise", new { note = "请尽快办理", deadline = "2026-11-25" });
        await ActAsync(caseworker, "request-info", new { reason = "请补充户口簿照片" });
        var photo = (await (await ResidentPageTests<TFactory>.UploadAsync(resident, ResidentPageTests<TFactory>.Png, "户口簿.png", "supplement", TestData.OneStageItem)).JsonAsync())["id"]!.GetValue<string>();
        await ActAsync(resident, "supplement", new { text = "已补拍户口簿", attachmentIds = new[] { photo } });
        await ActAsync(caseworker, "approve", new { reason = "符合条件", benefit = "每月 500 元" });
        Assert.Equal(HttpStatusCode.Created, (await resident.PostAsJsonAsync($"/api/v1/applications/{id}/rating", new { score = 1, comment = "太慢了" })).StatusCode);
        return (resident, caseworker, id);
    }
}

public sealed class SqliteApplicationReadTests(SqliteApiFactory factory, ITestOutputHelper output)
    : ApplicationReadTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresApplicationReadTests(PostgresApiFactory factory, ITestOutputHelper output)
    : ApplicationReadTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerApplicationReadTests(SqlServerApiFactory factory, ITestOutputHelper output)
    : ApplicationReadTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
