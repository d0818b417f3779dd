using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The detail's <c>allowedActions</c> as one case moves from filing to approval, read by the resident,
/// the caseworker who claims it, a colleague, and the county's supervisor: what each of them may send.
/// </summary>
public abstract class AllowedActionsTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task AllowedActions_FollowTheCaseThroughItsLifecycle_ForEachCallersRole()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-530102-{suffix}", Role.Caseworker, TestData.OneStageDepartment, "530102");
        var resident = await factory.ResidentAsync();
        var holder = await factory.StaffAsync(TestData.OneStageCaseworker);
        var colleague = await factory.StaffAsync($"cw-housing-530102-{suffix}");
        var supervisor = await factory.StaffAsync("sup-530102");
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();
        async Task<string[][]> AllowedAsync() =>
            [.. await Task.WhenAll(new[] { resident, holder, colleague, supervisor }.Select(async c => Names(await c.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))))];
        async Task PostAsync(HttpClient client, string action, object body) =>
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/applications/{id}/{action}", body)).StatusCode);

        var submitted = await AllowedAsync();
        var queueRow = (await holder.GetFromJsonAsync<JsonObject>("/api/v1/queue?pageSize=100"))!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!;
        await PostAsync(holder, "accept", new { });
        await PostAsync(holder, "claim", new { });
        var claimed = await AllowedAsync();
        await PostAsync(holder, "extension", new { workingDays = 5, reason = "需要入户查看房屋受损情况" });
        var extensionPending = await AllowedAsync();
        await PostAsync(supervisor, "extension/refuse", new { reason = "材料已齐全，应按期办结" });
        await PostAsync(holder, "request-info", new { reason = "请补充户口簿首页照片。" });
        var infoRequested = await AllowedAsync();
        var paused = await holder.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        await PostAsync(resident, "supplement", new { text = "户口簿已拍照补交。" });
        await PostAsync(holder, "approve", new { reason = "符合条件" });
        var approved = await AllowedAsync();
        var closed = await holder.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");

        Assert.Equal<string[]>(
            [["Withdrawn"], ["Accepted", "NotAccepted", "Transferred", "Claimed", "Assigned"], ["Accepted", "NotAccepted", "Transferred", "Claimed", "Assigned"], ["Supervised"]],
            submitted);
        Assert.Equal(submitted[1], Names(queueRow));
        Assert.Equal("Running", queueRow["clock"]!.GetValue<string>());
        Assert.Equal<string[]>(
            [["Withdrawn"], ["InfoRequested", "Approved", "Rejected", "Transferred", "ExtensionRequested", "Assigned", "Released"], ["InfoRequested", "Approved", "Rejected", "Transferred", "ExtensionRequested"], ["Supervised"]],
            claimed);
        Assert.Equal<string[]>(
            [["Withdrawn"], ["InfoRequested", "Approved", "Rejected", "Transferred", "Assigned", "Released"], ["InfoRequested", "Approved", "Rejected", "Transferred"], ["ExtensionApproved", "ExtensionRefused", "Supervised"]],
            extensionPending);
        Assert.Equal<string[]>(
            [["Supplemented", "Withdrawn"], ["Supplemented", "Rejected", "ExtensionRequested", "Assigned", "Released"], ["Supplemented", "Rejected", "ExtensionRequested"], ["Supervised"]],
            infoRequested);
        Assert.Equal(("Paused", (string?)null), (paused!["clock"]!.GetValue<string>(), paused["deadlinePhase"]?.GetValue<string>()));
        Assert.All(approved, Assert.Empty);
        Assert.Equal(("Stopped", (string?)null), (closed!["clock"]!.GetValue<string>(), closed["deadlinePhase"]?.GetValue<string>()));
    }

    [Fact]
    public async Task DeadlinePhase_IsIntakeUntilAccepted_ThenDecision()
    {
        var resident = await factory.ResidentAsync();
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var id = (await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>();

        var submitted = await housing.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}");
        (await housing.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        var accepted = await housing.DetailAsync(id);

        Assert.Equal(("Running", "Intake"), (submitted!["clock"]!.GetValue<string>(), submitted["deadlinePhase"]!.GetValue<string>()));
        Assert.Equal(("Running", "Decision"), (accepted["clock"]!.GetValue<string>(), accepted["deadlinePhase"]!.GetValue<string>()));
    }

    private static string[] Names(JsonNode? detail) => [.. detail!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>())];
}

public sealed class SqliteAllowedActionsTests(SqliteApiFactory factory) : AllowedActionsTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresAllowedActionsTests(PostgresApiFactory factory) : AllowedActionsTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerAllowedActionsTests(SqlServerApiFactory factory) : AllowedActionsTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
