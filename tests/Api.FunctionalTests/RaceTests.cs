using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Random interleavings of caseworkers acting on the same applications at once (issue 8): every
/// version has at most one winner, the losers get 409, and the winners form one unbroken chain of
/// versions that the history records step by step, so no update is lost. Claims from the shared
/// queue never give an application to two caseworkers. <c>RELIEF_RACE_ROUNDS</c> sets the rounds
/// (default 12 per provider in the suite; the bench runs more).
/// </summary>
public abstract class RaceTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("RELIEF_RACE_ROUNDS"), out var n) && n > 0 ? n : 12;

    private static readonly string[] Actions = ["claim", "accept", "request-info", "approve", "reject", "not-accept"];

    [Fact]
    public async Task Claim_ByTheDepartmentsCaseworkers_FirstHoldsItOthersGet409AndOtherDepartments404()
    {
        var (alice, bob) = (await CaseworkerAsync(TestData.OneStageDepartment, "530102"), await CaseworkerAsync(TestData.OneStageDepartment, "530102"));
        var otherDepartment = await CaseworkerAsync("water", "530102");
        var submitted = await (await factory.ResidentAsync()).SubmitAsync(TestData.Application());
        var (id, trackingNumber) = (submitted["id"]!.GetValue<string>(), submitted["trackingNumber"]!.GetValue<string>());

        var claimed = await alice.Client.PostAsync($"/api/v1/applications/{id}/claim", null);
        var again = await alice.Client.PostAsync($"/api/v1/applications/{id}/claim", null);
        var taken = await bob.Client.PostAsync($"/api/v1/applications/{id}/claim", null);
        var outside = await otherDepartment.Client.PostAsync($"/api/v1/applications/{id}/claim", null);

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(alice.Id.ToString(), (await alice.Client.DetailAsync(id))["assignedToStaffId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("claimed-by-another", await taken.ProblemCodeAsync());
        Assert.Equal("application/problem+json", taken.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        // Found by its number: other tests of the class fill the same queue, past any one page in the long runs.
        var queue = await bob.Client.GetFromJsonAsync<JsonObject>($"/api/v1/queue?q={trackingNumber}");
        Assert.Contains(queue!["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id && i["assignedToStaffId"]!.GetValue<string>() == alice.Id.ToString());
        var applicationId = Guid.Parse(id);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ApplicationHistory.CountAsync(h => h.ApplicationId == applicationId && h.Action == ApplicationAction.Claimed)));
    }

    [Fact]
    public async Task ClaimsFromASharedQueue_NeverGiveOneApplicationToTwoCaseworkers()
    {
        var county = "530102";
        var caseworkers = new List<(HttpClient Client, Guid Id)>();
        for (var i = 0; i < 4; i++)
        {
            caseworkers.Add(await CaseworkerAsync(TestData.OneStageDepartment, county));
        }

        var resident = await factory.ResidentAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3 * Rounds; i++)
        {
            ids.Add(Guid.Parse((await resident.SubmitAsync(TestData.Application()))["id"]!.GetValue<string>()));
        }

        // Each caseworker walks the shared list in its own random order and claims everything it can.
        var wins = new ConcurrentBag<(Guid Application, Guid Caseworker)>();
        var refusals = new ConcurrentBag<string>();
        await Task.WhenAll(caseworkers.Select(async (cw, k) =>
        {
            var random = new Random(k * 7919 + Environment.TickCount);
            foreach (var id in ids.OrderBy(_ => random.Next()))
            {
                var response = await cw.Client.PostAsync($"/api/v1/applications/{id}/claim", null);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    wins.Add((id, cw.Id));
                }
                else
                {
                    refusals.Add($"{(int)response.StatusCode} {await response.ProblemCodeAsync()}");
                }
            }
        }));

        var holders = await factory.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Holder?.StaffId));
        var claimEntries = await factory.WithDbAsync(db => db.ApplicationHistory.Where(h => ids.Contains(h.ApplicationId) && h.Action == ApplicationAction.Claimed)
            .GroupBy(h => h.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        output.WriteLine($"{ids.Count} applications, {caseworkers.Count} caseworkers: {wins.Count} claims won, refusals {string.Join(", ", refusals.GroupBy(r => r).Select(g => $"{g.Key} ×{g.Count()}"))}");
        Assert.All(ids, id =>
        {
            var winners = wins.Where(w => w.Application == id).Select(w => w.Caseworker).ToList();
            Assert.Single(winners);
            Assert.Equal(winners[0], holders[id]);
            Assert.Equal(1, claimEntries[id]);
        });
        Assert.All(refusals, r => Assert.Matches("^409 (claimed-by-another|concurrency-conflict)$", r));
    }

    [Fact]
    public async Task RandomInterleavingsOfCaseworkerActions_OneWinnerPerVersion_NoLostUpdate()
    {
        var caseworkers = new List<(HttpClient Client, Guid Id)>();
        for (var i = 0; i < 3; i++)
        {
            caseworkers.Add(await CaseworkerAsync(TestData.OneStageDepartment, "530102"));
        }

        var resident = await factory.ResidentAsync();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        int attempts = 0, successes = 0, conflicts = 0, unchanged = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var created = await resident.SubmitAsync(TestData.Application());
            var id = created["id"]!.GetValue<string>();
            var initial = Guid.Parse(created["version"]?.GetValue<string>() ?? (await VersionAsync(caseworkers[0].Client, id)).ToString());
            var won = new ConcurrentBag<(Guid Expected, Guid Now, string Status)>();
            var failures = new ConcurrentBag<string>();

            // Several waves; in each, every caseworker reads the case (some read it stale on purpose) and acts at once.
            for (var wave = 0; wave < 4; wave++)
            {
                var plans = caseworkers.Select(cw => (cw.Client, Action: Actions[random.Next(Actions.Length)], Delay: random.Next(0, 15), Stale: random.Next(5) == 0)).ToList();
                var seen = await VersionAsync(caseworkers[0].Client, id);
                await Task.WhenAll(plans.Select(async plan =>
                {
                    await Task.Delay(plan.Delay);
                    var expected = plan.Stale ? initial : seen;
                    var response = await plan.Client.PostAsJsonAsync($"/api/v1/applications/{id}/{plan.Action}", Body(plan.Action, expected));
                    Interlocked.Increment(ref attempts);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var body = await response.JsonAsync();
                        var now = Guid.Parse(body["version"]!.GetValue<string>());

                        // Claiming one's own claim again is the one success that changes nothing (and keeps the version).
                        if (now == expected)
                        {
                            Assert.Equal("claim", plan.Action);
                            Interlocked.Increment(ref unchanged);
                        }
                        else
                        {
                            won.Add((expected, now, body["status"]!.GetValue<string>()));
                        }
                    }
                    else
                    {
                        failures.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {await response.ProblemCodeAsync()}");
                    }
                }));
            }

            var applicationId = Guid.Parse(id);
            var stored = await factory.WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.History).FirstAsync(a => a.Id == applicationId));

            // One winner per version, and the winners chain from the first version to the stored one.
            Assert.All(won.GroupBy(w => w.Expected), g => Assert.Single(g));
            var byExpected = won.ToDictionary(w => w.Expected);
            var chain = new List<(Guid Expected, Guid Now, string Status)>();
            for (var v = initial; byExpected.TryGetValue(v, out var step); v = step.Now)
            {
                chain.Add(step);
            }

            Assert.Equal(won.Count, chain.Count);
            Assert.Equal(chain.Count == 0 ? initial : chain[^1].Now, stored.Version);
            Assert.Equal(chain.Count == 0 ? "Submitted" : chain[^1].Status, stored.Status.ToString());
            Assert.Equal(1 + won.Count, stored.History.Count);
            Assert.All(failures, f => Assert.Matches("^409 application/problem\\+json (concurrency-conflict|invalid-transition|claimed-by-another)$", f));
            successes += won.Count;
            conflicts += failures.Count;
        }

        output.WriteLine($"seed {seed}: {Rounds} applications, {attempts} concurrent actions, {successes} won, {unchanged} repeated own claims, {conflicts} answered 409, lost updates 0");
        Assert.Equal(attempts, successes + unchanged + conflicts);
    }

    private static object Body(string action, Guid expectedVersion) => action switch
    {
        "approve" => new { reason = "符合条件", benefit = "每月450元", expectedVersion },
        "reject" or "not-accept" or "request-info" => new { reason = "材料不全", expectedVersion },
        _ => new { expectedVersion },
    };

    private static async Task<Guid> VersionAsync(HttpClient client, string id) =>
        Guid.Parse((await client.GetFromJsonAsync<JsonObject>($"/api/v1/applications/{id}"))!["version"]!.GetValue<string>());

    private async Task<(HttpClient Client, Guid Id)> CaseworkerAsync(string department, string county)
    {
        var name = StaffAuth.NewUsername($"race-{department}");
        var staffId = await factory.AddStaffAsync(name, Role.Caseworker, department, county);
        return (await factory.StaffAsync(name), staffId);
    }
}

public sealed class SqliteRaceTests(SqliteApiFactory factory, ITestOutputHelper output) : RaceTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresRaceTests(PostgresApiFactory factory, ITestOutputHelper output) : RaceTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerRaceTests(SqlServerApiFactory factory, ITestOutputHelper output) : RaceTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
