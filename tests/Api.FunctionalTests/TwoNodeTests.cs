using System.Diagnostics;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Two API processes on one PostgreSQL database with Hangfire's PostgreSQL job storage, behind a
/// round-robin balancer in the client (issue 8): submissions spread over both stay consistent (every
/// key filed once, a token from one node accepted by the other), and the SMS outbox, drained by both
/// nodes' delivery jobs every second, sends each message once. Reminders once across two nodes:
/// JobNodeTests. <c>RELIEF_TWO_NODE_REQUESTS</c> sets the load (400 in the suite).
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("RELIEF_TWO_NODE_REQUESTS"), out var n) && n > 0 ? n : 400;

    [Fact]
    public async Task TwoNodesBehindARoundRobin_SubmissionsStayConsistent_AndEachSmsIsSentOnce()
    {
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        try
        {
            var settings = new[] { "node-a", "node-b" }.Select(id => new Dictionary<string, string>(SubmissionLoad.NodeSettings("PostgreSQL", database.ConnectionString, id))
            {
                ["Jobs:Schedules:deliver-messages"] = "0/1 * * * * ?",
                ["Jobs:Schedules:chase-deadlines"] = "0/5 * * * * ?",
            }).ToList();

            // The first node creates the schema; the second starts on it.
            await using var a = ApiProcess.Start(settings[0], ApiProcess.FreePort());
            await a.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            await using var b = ApiProcess.Start(settings[1], ApiProcess.FreePort());
            await b.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

            var balancer = new RoundRobinHandler([a.BaseAddress!, b.BaseAddress!]);
            using var client = await SignedInThroughAsync(balancer, a.BaseAddress!);
            var load = new SubmissionLoad($"two-{Guid.NewGuid():N}"[..16]);
            var watch = Stopwatch.StartNew();
            await load.RunAsync(client, concurrency: 12, minimum: Requests, keepGoing: () => false, serviceUp: () => Task.CompletedTask);
            var took = watch.Elapsed;

            var probe = new DatabaseProbe("PostgreSQL", database.ConnectionString);
            var drained = Stopwatch.StartNew();
            while (await probe.CountAsync("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "Status" <> 'Sent'""") > 0)
            {
                Assert.True(drained.Elapsed < TimeSpan.FromSeconds(90), "The outbox was not drained in time.");
                await Task.Delay(250);
            }

            var applications = await probe.CountAsync("""SELECT COUNT(*) FROM "Applications" """);
            var outbox = await probe.CountAsync("""SELECT COUNT(*) FROM "OutboxMessages" """);
            var attemptsOverOne = await probe.CountAsync("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "Attempts" <> 1""");
            var texts = await probe.CountAsync("""SELECT COUNT(*) FROM "DevSmsMessages" """);
            var codes = await probe.CountAsync("""SELECT COUNT(*) FROM "OneTimeCodes" """);
            var runsByNode = await probe.RowsAsync("""SELECT "Node", COUNT(*) FROM "JobRuns" GROUP BY "Node" ORDER BY "Node" """);
            var problems = await probe.IntegrityProblemsAsync();
            output.WriteLine(
                $"Two nodes: {load.Count} submissions in {took.TotalSeconds:F1} s ({load.Count / took.TotalSeconds:F0}/s), node a served {balancer.Served[0]}, node b {balancer.Served[1]}; " +
                $"acknowledged {load.Acknowledged.Count}, errors {load.ErrorAnswers.Count + load.TransportFailures}; rows {applications}; outbox {outbox} messages, " +
                $"all sent {drained.Elapsed.TotalSeconds:F1} s after the load, {attemptsOverOne} with more than one attempt; texts {texts} (of which sign-in codes {codes}); " +
                $"job runs by node: {string.Join(", ", runsByNode.Select(r => $"{r[0]} {r[1]}"))}; integrity {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");

            Assert.Equal(load.Count, load.Acknowledged.Count);
            Assert.Equal(load.Count, applications);
            Assert.Equal(load.Count, load.Acknowledged.Values.Distinct().Count());
            Assert.True(balancer.Served[0] > load.Count / 3 && balancer.Served[1] > load.Count / 3, "Both nodes should have served submissions.");
            Assert.Equal(load.Count, outbox);
            Assert.Equal(0, attemptsOverOne);
            Assert.Equal(outbox + codes, texts);
            Assert.Empty(problems);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task<HttpClient> SignedInThroughAsync(RoundRobinHandler balancer, Uri first)
    {
        // Sign in on one node (the code's request and its verification in one place), then send everything through the balancer.
        using var direct = await SubmissionLoad.ResidentClientAsync(first);
        var client = new HttpClient(balancer) { BaseAddress = first, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Authorization = direct.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>A load balancer in the client: each request goes to the next node in turn.</summary>
    private sealed class RoundRobinHandler(Uri[] nodes) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _next = -1;

        public int[] Served { get; } = new int[nodes.Length];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var node = (int)((uint)Interlocked.Increment(ref _next) % (uint)nodes.Length);
            Interlocked.Increment(ref Served[node]);
            request.RequestUri = new Uri(nodes[node], request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
