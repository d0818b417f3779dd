using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Persistence.Audit;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The hash-chained audit trail, in county 530181 (安宁市): one record per event, tampering of every
/// kind found by the verifier, and no business change when the audit write fails.
/// </summary>
public abstract class AuditTrailTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530181";
    private HttpClient? _admin;

    [Fact]
    public async Task EveryStepOfAnApplication_WritesOneAuditRecord_ThatItsSupervisorCanRead()
    {
        var (resident, caseworker, supervisor, id) = await ArrangeAsync();
        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿照片" })).EnsureSuccessStatusCode();
        (await resident.PostAsJsonAsync($"/api/v1/applications/{id}/supplement", new { text = "已补充户口簿照片" })).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/applications/{id}/approve", new { reason = "符合条件", benefit = "每月 500 元" })).EnsureSuccessStatusCode();

        await factory.ChainAuditAsync();
        var records = await supervisor.GetFromJsonAsync<JsonArray>($"/api/v1/applications/{id}/audit");
        var history = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["history"]!.AsArray();

        Assert.Equal(
            ["application.submitted", "application.accepted", "application.info-requested", "application.supplemented", "application.approved"],
            records!.Select(r => r!["action"]!.GetValue<string>()).ToArray());
        Assert.Equal(history.Count, records!.Count);
        Assert.Equal(["Resident", "Caseworker", "Caseworker", "Resident", "Caseworker"], records.Select(r => r!["actorRole"]!.GetValue<string>()).ToArray());
        Assert.All(records, r => Assert.Equal("Success", r!["outcome"]!.GetValue<string>()));
        Assert.True(records.Zip(records.Skip(1)).All(p => p.First!["sequence"]!.GetValue<long>() < p.Second!["sequence"]!.GetValue<long>()));
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task SignInsAndRefusals_AreAuditedWithoutPersonalData()
    {
        var phone = TestData.Phone();
        await factory.ResidentAsync(phone);
        var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { username = "admin", password = "wrong-password-1" })).Dispose();

        var (signIns, failedLogins, anyWithPhone) = await factory.WithDbAsync(async db => (
            await db.AuditRecords.CountAsync(r => r.Action == "auth.resident-sign-in" && r.Outcome == AuditOutcome.Success),
            await db.AuditRecords.CountAsync(r => r.Action == "auth.staff-login" && r.Outcome == AuditOutcome.Failure && r.Detail == "wrong password"),
            await db.AuditRecords.AnyAsync(r => (r.Detail ?? string.Empty).Contains(phone) || (r.ObjectId ?? string.Empty).Contains(phone))));

        Assert.True(signIns >= 1);
        Assert.True(failedLogins >= 1);
        Assert.False(anyWithPhone);
    }

    [Fact]
    public async Task OutsideTheRegion_TheAuditAnswers404_AndOnlyAdministratorsVerify()
    {
        var (_, caseworker, _, id) = await ArrangeAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"sup-530421-{suffix}", Role.Supervisor, null, "530421");
        var elsewhere = await factory.StaffAsync($"sup-530421-{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/applications/{id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/api/v1/applications/{id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/api/v1/admin/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/admin/audit/verify")).StatusCode);
    }

    [Fact]
    public async Task EditingDeletingReorderingOrCuttingRecords_IsDetected_AndTheRepairedChainVerifiesAgain()
    {
        await ArrangeAsync();
        _admin = await factory.StaffAsync("admin");
        await factory.ChainAuditAsync();
        var (middle, last) = await factory.WithDbAsync(async db => (
            await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).Skip(2).FirstAsync(),
            await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync()));
        var (k, lastSequence) = (middle.Sequence!.Value, last.Sequence!.Value);

        // Edited
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Detail\" = 'Submitted -> Approved' WHERE \"Sequence\" = {k}");
        await AssertBrokenAtAsync(k, "edited");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Detail\" = '{middle.Detail}' WHERE \"Sequence\" = {k}");
        Assert.True((await VerifyAsync()).Intact);

        // Deleted
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = -{k} WHERE \"Sequence\" = {k}");
        await AssertBrokenAtAsync(k, "missing");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {k} WHERE \"Sequence\" = -{k}");

        // Reordered: two neighbours swap places
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = -1 WHERE \"Sequence\" = {k}");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {k} WHERE \"Sequence\" = {k + 1}");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {k + 1} WHERE \"Sequence\" = -1");
        await AssertBrokenAtAsync(k, "link");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = -1 WHERE \"Sequence\" = {k + 1}");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {k + 1} WHERE \"Sequence\" = {k}");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {k} WHERE \"Sequence\" = -1");
        Assert.True((await VerifyAsync()).Intact);

        // Cut from the end
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = -{lastSequence} WHERE \"Sequence\" = {lastSequence}");
        await AssertBrokenAtAsync(lastSequence, "head");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"Sequence\" = {lastSequence} WHERE \"Sequence\" = -{lastSequence}");

        // Rewritten with a recomputed plain SHA-256 chain: without the server key the hash cannot be forged
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"ActorRole\" = 'System', \"Hash\" = '{new string('a', 64)}' WHERE \"Sequence\" = {k}");
        await AssertBrokenAtAsync(k, "edited");
        await SqlAsync($"UPDATE \"AuditRecords\" SET \"ActorRole\" = '{middle.ActorRole}', \"Hash\" = '{middle.Hash}' WHERE \"Sequence\" = {k}");

        // Edited before the sealer chained it (or written without the key): never chained, and found
        var forged = await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var record = new AuditRecord(DateTime.UtcNow, null, "System", "audit.test", null, null, AuditOutcome.Success, null, "as written");
            db.AuditRecords.Add(record);
            await db.SaveChangesAsync();
            await db.AuditRecords.Where(r => r.Id == record.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Detail, "rewritten"));
            await transaction.CommitAsync();
            return record.Id;
        });
        await factory.ChainAuditAsync();
        var head = await factory.WithDbAsync(db => db.AuditRecords.MaxAsync(r => r.Sequence));
        Assert.Null(await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Id == forged).Select(r => r.Sequence).SingleAsync()));
        await AssertBrokenAtAsync(head!.Value + 1, "not yet chained");
        await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Id == forged).ExecuteDeleteAsync());

        Assert.True((await VerifyAsync()).Intact);
        var output = new StringWriter();
        Assert.Equal(0, await factory.Services.VerifyAuditTrailAsync(output));
        Assert.StartsWith("Audit chain intact", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheAuditWriteFails_TheCaseworkersActionIsRolledBack()
    {
        var (_, caseworker, supervisor, id) = await ArrangeAsync();
        var before = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!;
        await SqlAsync(factory.Provider switch
        {
            "Sqlite" => "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditRecords\" BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END;",
            "SqlServer" => "CREATE TRIGGER refuse_audit ON [AuditRecords] AFTER INSERT AS THROW 50000, 'audit store unavailable', 1;",
            _ => "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$ LANGUAGE plpgsql; "
                + "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditRecords\" FOR EACH ROW EXECUTE FUNCTION refuse_audit();",
        });
        HttpResponseMessage refused;
        try
        {
            refused = await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null);
        }
        finally
        {
            await SqlAsync(factory.Provider is "Sqlite" or "SqlServer"
                ? "DROP TRIGGER refuse_audit;"
                : "DROP TRIGGER refuse_audit ON \"AuditRecords\"; DROP FUNCTION refuse_audit();");
        }

        var after = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!;
        Assert.True((int)refused.StatusCode >= 500, $"Expected a server error, got {refused.StatusCode}.");
        Assert.Equal("Submitted", after["status"]!.GetValue<string>());
        Assert.Equal(before["history"]!.AsArray().Count, after["history"]!.AsArray().Count);
        Assert.Equal(before["version"]!.ToJsonString(), after["version"]!.ToJsonString());
        Assert.True((await VerifyAsync()).Intact);

        (await caseworker.PostAsync($"/api/v1/applications/{id}/accept", null)).EnsureSuccessStatusCode();
    }

    private async Task<(HttpClient Resident, HttpClient Caseworker, HttpClient Supervisor, string Id)> ArrangeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"cw-housing-{County}-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{County}-{suffix}", Role.Supervisor, null, County);
        var resident = await factory.ResidentAsync();
        var id = (await resident.SubmitAsync(TestData.Application(idNumber: TestData.IdNumber(County), regionCode: County)))["id"]!.GetValue<string>();
        return (resident, await factory.StaffAsync($"cw-housing-{County}-{suffix}"), await factory.StaffAsync($"sup-{County}-{suffix}"), id);
    }

    private async Task<(bool Intact, long? BrokenAt, string? Problem)> VerifyAsync()
    {
        var admin = _admin ??= await factory.StaffAsync("admin");
        var result = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/audit/verify"))!;
        return (result["intact"]!.GetValue<bool>(), result["firstBrokenSequence"]?.GetValue<long>(), result["problem"]?.GetValue<string>());
    }

    private async Task AssertBrokenAtAsync(long sequence, string problemWord)
    {
        var admin = _admin ??= await factory.StaffAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/audit/verify");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var result = await (await admin.SendAsync(request)).JsonAsync();
        Assert.False(result["intact"]!.GetValue<bool>());
        Assert.Equal(sequence, result["firstBrokenSequence"]!.GetValue<long>());
        Assert.Contains(problemWord, result["problem"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    private Task<int> SqlAsync(string sql) =>
        factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}

public sealed class SqliteAuditTrailTests(SqliteApiFactory factory) : AuditTrailTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresAuditTrailTests(PostgresApiFactory factory) : AuditTrailTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerAuditTrailTests(SqlServerApiFactory factory) : AuditTrailTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
