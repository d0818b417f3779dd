using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

public abstract class ExtensionTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task CaseworkerAsks_SupervisorApproves_TheDueDateMoves_AndTheResidentIsTold()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var supervisor = await factory.StaffAsync("sup-530102");
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        (await housing.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        var accepted = await housing.DetailAsync(id);

        var asked = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 5, reason = "需要入户查看房屋受损情况" });
        var askedDetail = await housing.DetailAsync(id);
        var pending = await supervisor.GetFromJsonAsync<JsonArray>("/api/v1/extensions");
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/applications/{id}/extension/approve", new { note = "同意" });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(5, askedDetail["pendingExtension"]!["workingDays"]!.GetValue<int>());
        Assert.Contains(pending!, p => p!["id"]!.GetValue<string>() == id && p["workingDays"]!.GetValue<int>() == 5);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var after = await housing.DetailAsync(id);
        Assert.Equal(5, after["extendedWorkingDays"]!.GetValue<int>());
        Assert.Null(after["pendingExtension"]);
        Assert.True(string.CompareOrdinal(after["dueDate"]!.GetValue<string>(), accepted["dueDate"]!.GetValue<string>()) > 0);
        Assert.Equal(["ExtensionRequested", "ExtensionApproved"], after["history"]!.AsArray().TakeLast(2).Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal("Supervisor", after["history"]!.AsArray()[^1]!["by"]!.GetValue<string>());
        var texts = (await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync())).Where(m => m.Recipient == phone).Select(m => m.Text).ToList();
        Assert.Contains(texts, t => t.Contains("延期", StringComparison.Ordinal));
        Assert.DoesNotContain(await supervisor.GetFromJsonAsync<JsonArray>("/api/v1/extensions") ?? [], p => p!["id"]!.GetValue<string>() == id);

        var residentView = await resident.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        Assert.DoesNotContain(residentView!["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "ExtensionRequested");
        Assert.Contains(residentView["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "ExtensionApproved");

        // The item allows 10 working days in all: 5 more and 6 is one too many.
        var overCap = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 6, reason = "还需要时间" });
        Assert.Equal(HttpStatusCode.Conflict, overCap.StatusCode);
        Assert.Equal("extension-cap", (await overCap.JsonAsync())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ItemWithoutExtensions_RefusesTheRequest()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var resident = await factory.ResidentAsync();
        var education = await factory.StaffAsync("cw-edu-530102");
        var id = (await resident.SubmitAsync(TestData.StudentAid()))["id"]!.GetValue<string>();
        await education.PostAsync($"/api/v1/applications/{id}/accept", null);

        var response = await education.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 3, reason = "学校还没回复" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("extension-cap", (await response.JsonAsync())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlySupervisorsOfTheRegionDecide()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);
        await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 5, reason = "需要入户核查" });
        var username = $"sup-530300-{Guid.NewGuid():N}"[..24];
        await factory.AddStaffAsync(username, Role.Supervisor, null, "530300");
        var otherPrefecture = await factory.StaffAsync(username);
        var province = await factory.StaffAsync("sup-530000");

        var byCaseworker = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension/approve", new { });
        var byResident = await resident.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 5, reason = "x" });
        var byOtherPrefecture = await otherPrefecture.PostAsJsonAsync($"/api/v1/applications/{id}/extension/refuse", new { reason = "不同意" });
        var again = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 2, reason = "再申请" });
        var byProvince = await province.PostAsJsonAsync($"/api/v1/applications/{id}/extension/refuse", new { reason = "材料齐全，应按期办结" });

        Assert.Equal(HttpStatusCode.NotFound, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherPrefecture.StatusCode);
        Assert.Equal("extension-pending", (await again.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, byProvince.StatusCode);
        Assert.Equal("ExtensionRefused", (await housing.DetailAsync(id))["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestExtension_WithBadInput_Answers400()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var response = await housing.PostAsJsonAsync($"/api/v1/applications/{id}/extension", new { workingDays = 0, reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.NotNull(errors["workingDays"]);
        Assert.NotNull(errors["reason"]);
    }
}

public sealed class SqliteExtensionTests(SqliteApiFactory factory) : ExtensionTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresExtensionTests(PostgresApiFactory factory) : ExtensionTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerExtensionTests(SqlServerApiFactory factory) : ExtensionTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
