using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Two API processes on one PostgreSQL database behind a real nginx (Debian's, started by the test)
/// configured exactly as docs/OPERATIONS.md §2 says, with the production trusted-proxy setting
/// (<c>ForwardedHeaders:KnownProxies</c> = nginx's address). Residents submit with Idempotency-Keys,
/// 4 at a time, while (a) one node is killed with SIGKILL and started again, and (b) both nodes are
/// restarted one after the other with SIGTERM. Every request a client saw fail is retried with its key,
/// and then: every acknowledged application is stored under its key, rows = keys, and nothing is filed
/// twice. The client comes from 127.0.0.3 with a forged <c>X-Forwarded-For</c>; nginx connects from
/// 127.0.0.1: the audit trail must name 127.0.0.3, never the forged address nor nginx's.
/// </summary>
public sealed class NginxTwoNodeTests(ITestOutputHelper output)
{
    private const int Concurrency = 4;
    private const string Forged = "203.0.113.66";
    private static readonly IPAddress ClientAddress = IPAddress.Parse("127.0.0.3");
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task TwoNodesBehindNginx_ANodeKilledAndARollingRestartUnderLoad_LoseNothingAcknowledged_AndTrustOnlyNginxsAddress()
    {
        Assert.True(NginxProcess.MissingReason is null, NginxProcess.MissingReason);
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        var settings = new[] { "node-a", "node-b" }.Select(id => new Dictionary<string, string>(SubmissionLoad.NodeSettings("PostgreSQL", database.ConnectionString, id))
        {
            // nginx's address as the nodes see it: it connects to them from 127.0.0.1.
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        }).ToList();
        int[] ports = [ApiProcess.FreePort(), ApiProcess.FreePort()];
        var nodes = new ApiProcess[2];
        try
        {
            // The first node creates the schema; the second starts on it.
            for (var i = 0; i < 2; i++)
            {
                nodes[i] = ApiProcess.Start(settings[i], ports[i]);
                await nodes[i].WaitUntilReadyAsync(StartPatience);
            }

            var nodeA = nodes[0].BaseAddress!.Authority;
            var listen = $"127.0.0.2:{ApiProcess.FreePort()}";
            await using var nginx = NginxProcess.Start(NginxProcess.SiteFromRunbook([.. nodes.Select(n => n.BaseAddress!)], listen), listen);
            await nginx.WaitUntilListeningAsync(TimeSpan.FromSeconds(20));
            using var client = Client(nginx.BaseAddress);
            await SubmissionLoad.SignInAsync(client);
            using (var direct = Client(nodes[0].BaseAddress!))
            {
                // Straight to a node, bypassing nginx: the forged header comes from an address nobody trusts.
                await ApiFactory.SendCodeAsync(direct, TestData.Phone());
            }

            var probe = new DatabaseProbe("PostgreSQL", database.ConnectionString);
            var addresses = await probe.RowsAsync("""SELECT "Action", "ClientAddress" FROM "AuditRecords" WHERE "Action" LIKE 'auth.%'""");

            // (a) node b killed mid-load, started again a while later.
            var killed = new SubmissionLoad($"ngxk-{Guid.NewGuid():N}"[..16]);
            var killedLog = nginx.AccessLog().Count;
            var (killedFigures, backUp) = await UnderLoadAsync(killed, client, async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                nodes[1].Kill();
                var down = Stopwatch.StartNew();
                await Task.Delay(TimeSpan.FromSeconds(3));
                await nodes[1].DisposeAsync();
                nodes[1] = ApiProcess.Start(settings[1], ports[1]);
                await nodes[1].WaitUntilReadyAsync(StartPatience);
                var took = down.Elapsed;
                var back = await nginx.UntilServedByAsync(nodes[1].BaseAddress!.Authority, TimeSpan.FromSeconds(30));
                return $"node b killed, ready again {took.TotalSeconds:F1} s later (3 s of it down on purpose), given requests again by nginx {back.TotalSeconds:F1} s after that";
            });
            var killedVerdict = await VerifyAsync("SIGKILL of node b", killed, killedFigures, client, probe, nginx.AccessLog().Skip(killedLog).ToList(), nodeA);
            output.WriteLine($"(a) {backUp}. {killedVerdict}");

            // (b) a rolling restart: SIGTERM node a, wait for it to exit, start it, wait until ready; then node b.
            var rolling = new SubmissionLoad($"ngxr-{Guid.NewGuid():N}"[..16], firstApplicant: 100_000);
            var rollingLog = nginx.AccessLog().Count;
            var exitCodes = new List<int>();
            var (rollingFigures, restarts) = await UnderLoadAsync(rolling, client, async () =>
            {
                var steps = new List<string>();
                for (var i = 0; i < 2; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var exitCode = await nodes[i].TerminateAsync(TimeSpan.FromSeconds(60));
                    var stopped = watch.Elapsed;
                    await nodes[i].DisposeAsync();
                    nodes[i] = ApiProcess.Start(settings[i], ports[i]);
                    await nodes[i].WaitUntilReadyAsync(StartPatience);
                    var ready = watch.Elapsed;
                    // Only once nginx gives it requests again (its fail_timeout, 5 s, over) may the other node stop.
                    var back = await nginx.UntilServedByAsync(nodes[i].BaseAddress!.Authority, TimeSpan.FromSeconds(30));
                    steps.Add($"node {"ab"[i]}: exit {exitCode} {stopped.TotalSeconds:F1} s after SIGTERM, ready {ready.TotalSeconds:F1} s after it, served again {back.TotalSeconds:F1} s later");
                    output.WriteLine(steps[^1]);
                    exitCodes.Add(exitCode);
                }

                return string.Join("; ", steps);
            });
            var rollingVerdict = await VerifyAsync("rolling restart", rolling, rollingFigures, client, probe, nginx.AccessLog().Skip(rollingLog).ToList(), nodeA);
            output.WriteLine($"(b) {restarts}. {rollingVerdict}");

            output.WriteLine($"Audit addresses (through nginx and straight to a node, forged X-Forwarded-For {Forged}): {string.Join(", ", addresses.Select(r => $"{r[0]} {r[1]}"))}");

            var all = await probe.CountAsync("""SELECT COUNT(*) FROM "Applications" """);
            var applicants = await probe.CountAsync("""SELECT COUNT(DISTINCT "OpenCaseKey") FROM "Applications" """);
            var problems = await probe.IntegrityProblemsAsync();
            output.WriteLine($"Applications {all} = submissions {killed.Count} + {rolling.Count}; distinct applicants {applicants}; integrity {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
            Assert.Equal([0, 0], exitCodes);
            Assert.Equal(killed.Count + rolling.Count, all);
            Assert.Equal(all, applicants);
            Assert.Empty(problems);
            Assert.NotEmpty(addresses);
            Assert.Contains(addresses, r => r[0] == "auth.resident-sign-in");
            Assert.All(addresses, r => Assert.Equal(ClientAddress.ToString(), r[1]));
            // A client would not retry a 4xx or a 500: only nginx's 502/504 and a node's 503 may appear, and they are retried.
            Assert.All(killed.ErrorAnswers.Concat(rolling.ErrorAnswers), e => Assert.Matches("^(502|503|504) ", e));
            Assert.Equal(0, rolling.TransportFailures + killed.TransportFailures);
        }
        finally
        {
            foreach (var node in nodes.Where(n => n is not null))
            {
                await node.DisposeAsync();
            }

            await database.DropAsync();
        }
    }

    /// <summary>Runs <paramref name="load"/> (4 at a time) from a moment it is acknowledged until <paramref name="disturb"/> is done.</summary>
    private static async Task<(LoadFigures Figures, string What)> UnderLoadAsync(SubmissionLoad load, HttpClient client, Func<Task<string>> disturb)
    {
        var done = false;
        var watch = Stopwatch.StartNew();
        var running = load.RunAsync(client, Concurrency, 0, () => !Volatile.Read(ref done), () => Task.Delay(200));
        while (load.Acknowledged.Count < 10 && !running.IsCompleted)
        {
            await Task.Delay(50);
        }

        string what;
        try
        {
            what = await disturb();
        }
        finally
        {
            Volatile.Write(ref done, true);
            await running;
        }

        return (new LoadFigures(watch.Elapsed, load.Acknowledged.Count, [.. load.ErrorAnswers], load.TransportFailures), what);
    }

    /// <summary>Retries what the client saw fail, with its key; then checks rows = keys = acknowledged, nothing lost or doubled.</summary>
    private static async Task<string> VerifyAsync(
        string scenario, SubmissionLoad load, LoadFigures before, HttpClient client, DatabaseProbe probe, IReadOnlyList<NginxProcess.AccessLine> log, string nodeA)
    {
        var acknowledgedAtFirst = new Dictionary<int, Guid>(load.Acknowledged);
        var retried = await load.RetryUnacknowledgedAsync(client);
        var stored = await load.StoredByKeyAsync(probe);
        var applications = (await probe.RowsAsync("""SELECT "Id" FROM "Applications" """)).Select(r => Guid.Parse(r[0]!)).ToHashSet();
        var rows = stored.Values.Count(applications.Contains);
        var lost = acknowledgedAtFirst.Count(a => stored.GetValueOrDefault(load.Key(a.Key)) != a.Value);
        var submissions = log.Where(l => l.Method == "POST").ToList();
        var verdict =
            $"{scenario}: {load.Count} submissions in {before.Took.TotalSeconds:F1} s, {Concurrency} at a time; acknowledged at first {before.Acknowledged}; " +
            $"failed as the client saw it {before.ErrorAnswers.Count + before.TransportFailures} (answers: {Summary(before.ErrorAnswers)}; connection errors {before.TransportFailures}); " +
            $"retried with the same key {retried}, then acknowledged {load.Acknowledged.Count}; rows {rows} = keys {stored.Count}; lost {lost}; " +
            $"nginx: {submissions.Count} POSTs logged, passed on to the other node {submissions.Count(l => l.PassedOn)} " +
            $"(first node's answers: {Summary([.. submissions.Where(l => l.PassedOn).Select(l => l.UpstreamStatuses[0])])}), " +
            $"answered by node a {submissions.Count(l => l.Upstreams.Count > 0 && l.Upstreams[^1] == nodeA)}, node b {submissions.Count(l => l.Upstreams.Count > 0 && l.Upstreams[^1] != nodeA)}";

        Assert.True(load.Count == load.Acknowledged.Count, verdict);
        Assert.True(lost == 0, verdict);
        Assert.True(rows == load.Count && stored.Count == load.Count, verdict);
        Assert.True(load.Acknowledged.Values.Distinct().Count() == load.Count, verdict);
        Assert.True(submissions.Any(l => l.PassedOn) || scenario != "SIGKILL of node b", $"nginx passed nothing on to the other node: {verdict}");
        return verdict;
    }

    private static string Summary(IReadOnlyCollection<string> answers) =>
        answers.Count == 0 ? "none" : string.Join(", ", answers.GroupBy(a => a).Select(g => $"{g.Key} ×{g.Count()}"));

    /// <summary>A client at <see cref="ClientAddress"/> that claims, in every request, to be someone else.</summary>
    private static HttpClient Client(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(ClientAddress, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Forged);
        return client;
    }

    private sealed record LoadFigures(TimeSpan Took, int Acknowledged, IReadOnlyList<string> ErrorAnswers, int TransportFailures);
}
