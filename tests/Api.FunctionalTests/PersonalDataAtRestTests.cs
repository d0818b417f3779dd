using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Security.ProtectPersonalData;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 17 §4: names, decision reasons, benefits, supervision notes, leads and households go in over the
/// API with unique canary text; then the raw bytes of the SQLite files (with the WAL), or a
/// <c>pg_dump</c> of the PostgreSQL database, are searched for it. A control value written in clear
/// by SQL, as rows from before encryption are, is found by the same scan (so the scan works), and is
/// gone once the <c>protect-personal-data</c> job has rewritten it.
/// </summary>
public abstract class PersonalDataAtRestTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task CanaryNamesReasonsNotesLeadsAndHouseholds_AreNotInTheDatabaseFiles_WhileAClearControlIs()
    {
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 7), 9);
        var token = Guid.NewGuid().ToString("N")[..10];
        var canaries = new Dictionary<string, string>
        {
            ["applicant name"] = $"金丝雀{token}甲",
            ["decision reason"] = $"金丝雀理由{token}：家中两位老人无劳动能力",
            ["benefit"] = $"金丝雀待遇{token}：每月 640 元",
            ["supervision note"] = $"金丝雀督办{token}：请尽快入户核查",
            ["lead subject"] = $"金丝雀线索{token}：李家男主人外出务工受伤",
            ["lead reason"] = $"金丝雀研判{token}：收入未低于监测线",
            ["head name"] = $"金丝雀户主{token}",
            ["member name"] = $"金丝雀成员{token}",
        };
        var caseworker = await factory.StaffAsync("cw-civil-530102");
        var deciding = await factory.StaffAsync(TestData.OneStageCaseworker);
        var supervisor = await factory.StaffAsync("sup-530102");
        var resident = await factory.ResidentAsync();

        var decided = await SubmitAsync(resident, canaries["applicant name"], token + "a");
        var supervised = await SubmitAsync(resident, canaries["applicant name"], token + "b");
        Assert.Equal(HttpStatusCode.OK, (await deciding.PostAsync($"/api/v1/applications/{decided}/accept", null)).StatusCode);
        var approved = await deciding.PostAsJsonAsync($"/api/v1/applications/{decided}/approve", new { reason = canaries["decision reason"], benefit = canaries["benefit"] });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var note = await supervisor.PostAsJsonAsync($"/api/v1/applications/{supervised}/supervise", new { note = canaries["supervision note"], deadline = "2026-12-10" });
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);

        var lead = await (await caseworker.PostAsJsonAsync("/api/v1/leads", new { regionCode = "530102001001", subject = canaries["lead subject"] })).JsonAsync();
        var leadId = lead["id"]!.GetValue<string>();
        var decision = await caseworker.PostAsJsonAsync($"/api/v1/leads/{leadId}/decide", new { decision = "NotIncluded", reason = canaries["lead reason"] });
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var household = await caseworker.PostAsJsonAsync("/api/v1/households", new
        {
            regionCode = "530102001001",
            headName = canaries["head name"],
            members = new[]
            {
                new { name = canaries["head name"], idNumber = TestData.IdNumber(), relation = "head" },
                new { name = canaries["member name"], idNumber = TestData.IdNumber(), relation = "spouse" },
            },
            perCapitaIncome = 5_000,
            unavoidableSpending = 0,
            hardships = Array.Empty<string>(),
            formerlyPoor = false,
        });
        Assert.Equal(HttpStatusCode.Created, household.StatusCode);

        // Everything reads back in full where the service shows it.
        var detail = await deciding.DetailAsync(decided);
        Assert.Equal(canaries["decision reason"], detail["decisionReason"]!.GetValue<string>());
        Assert.Equal(canaries["benefit"], detail["benefit"]!.GetValue<string>());
        Assert.Contains(canaries["supervision note"], await deciding.GetStringAsync($"/api/v1/applications/{supervised}"), StringComparison.Ordinal);
        Assert.Contains(canaries["member name"], await household.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The control: a lead row as it was before this change, its subject in clear.
        var control = $"明文对照{token}";
        var controlLead = await (await caseworker.PostAsJsonAsync("/api/v1/leads", new { regionCode = "530102001001", subject = "待改写" })).JsonAsync();
        var controlId = Guid.Parse(controlLead["id"]!.GetValue<string>());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Leads\" SET \"Subject\" = {control} WHERE \"Id\" = {controlId}"));

        var before = await DatabaseBytesAsync();
        Assert.True(Contains(before, control), $"The scan did not find the clear control value in {before.Length} bytes.");
        var hits = canaries.Where(c => Contains(before, c.Value)).Select(c => c.Key).ToList();
        Assert.True(hits.Count == 0, "In clear in the database: " + string.Join(", ", hits));

        var rewritten = await factory.SendAsync(new ProtectPersonalDataCommand());
        Assert.True(rewritten.RowsRewritten >= 1);
        var stored = await factory.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"Subject\" AS \"Value\" FROM \"Leads\" WHERE \"Id\" = {controlId}").SingleAsync());
        Assert.StartsWith("pd1:", stored, StringComparison.Ordinal);
        var listed = await caseworker.GetStringAsync("/api/v1/leads?pageSize=100");
        Assert.Contains(control, listed, StringComparison.Ordinal);

        // SQLite keeps a rewritten page's old bytes in free pages and the WAL until VACUUM and a checkpoint.
        await CompactAsync();
        Assert.False(Contains(await DatabaseBytesAsync(), control), "The control value is still in clear after the rewrite.");
    }

    private static async Task<string> SubmitAsync(HttpClient resident, string name, string idempotencyKey)
    {
        var body = new
        {
            itemCode = TestData.OneStageItem,
            regionCode = "530102001",
            applicant = new { name, idNumber = TestData.IdNumber(), phone = TestData.Phone() },
            answers = new { houseCondition = "roofLeaks", houseStructure = "earthWood", stillLivingIn = true, householdCategory = "dibao" },
            description = "家里房子漏雨，老人看病没有钱。",
        };
        return (await resident.SubmitAsync(body, idempotencyKey))["id"]!.GetValue<string>();
    }

    private static bool Contains(byte[] haystack, string value) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;

    private async Task<byte[]> DatabaseBytesAsync()
    {
        if (factory.Provider == "Sqlite")
        {
            var path = new SqliteConnectionStringBuilder(factory.ConnectionString).DataSource;
            var files = new[] { path, path + "-wal" }.Where(File.Exists).ToList();
            var bytes = new List<byte>();
            foreach (var file in files)
            {
                // Shared read: the service holds the files open.
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var buffer = new byte[stream.Length];
                await stream.ReadExactlyAsync(buffer);
                bytes.AddRange(buffer);
            }

            return [.. bytes];
        }

        return await PgDumpAsync(factory.ConnectionString);
    }

    private async Task CompactAsync()
    {
        if (factory.Provider == "Sqlite")
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM"));
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }

    /// <summary>A plain-text dump of the whole database, as a backup would hold it.</summary>
    private static async Task<byte[]> PgDumpAsync(string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump", ["--host", c.Host!, "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", c.Username!, "--dbname", c.Database!, "--no-password"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = c.Password;
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await copy;
        Assert.True(process.ExitCode == 0, "pg_dump failed: " + await errors);
        return output.ToArray();
    }
}

public sealed class SqlitePersonalDataAtRestTests(SqliteApiFactory factory) : PersonalDataAtRestTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresPersonalDataAtRestTests(PostgresApiFactory factory) : PersonalDataAtRestTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
