using System.Diagnostics;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The crash harness (issue 8): submissions with unique Idempotency-Keys at high concurrency to a real
/// API process that is killed with SIGKILL at random moments and restarted, or stopped with SIGTERM
/// under load; then every unacknowledged request is retried with its key. Every acknowledged
/// application must exist exactly once, rows must equal keys, and the database must pass its integrity
/// check. The suite runs a short form; <c>bench/reliability.sh</c> a long one through
/// <c>RELIEF_CRASH_REQUESTS</c>, <c>RELIEF_CRASH_KILLS</c> and <c>RELIEF_CRASH_CONCURRENCY</c>.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private static readonly int MinimumRequests = Setting("RELIEF_CRASH_REQUESTS", 300);
    private static readonly int Kills = Setting("RELIEF_CRASH_KILLS", 3);
    private static readonly int Concurrency = Setting("RELIEF_CRASH_CONCURRENCY", 12);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public Task Sqlite_SubmissionsWhileTheNodeIsKilledAgainAndAgain_EveryAcknowledgedApplicationExistsOnce() =>
        WithDatabaseAsync("Sqlite", KilledAgainAndAgainAsync);

    [Fact]
    public Task Postgres_SubmissionsWhileTheNodeIsKilledAgainAndAgain_EveryAcknowledgedApplicationExistsOnce() =>
        WithDatabaseAsync("PostgreSQL", KilledAgainAndAgainAsync);

    [Fact]
    public Task Sqlite_SigtermUnderLoad_InFlightRequestsFinishAndNothingAcknowledgedIsLost() =>
        WithDatabaseAsync("Sqlite", TerminatedUnderLoadAsync);

    [Fact]
    public Task Postgres_SigtermUnderLoad_InFlightRequestsFinishAndNothingAcknowledgedIsLost() =>
        WithDatabaseAsync("PostgreSQL", TerminatedUnderLoadAsync);

    private async Task KilledAgainAndAgainAsync(string provider, string connectionString)
    {
        var settings = SubmissionLoad.NodeSettings(provider, connectionString, "crash-node");
        var port = ApiProcess.FreePort();
        var load = new SubmissionLoad($"crash-{Guid.NewGuid():N}"[..18]);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        up.SetResult();
        var node = ApiProcess.Start(settings, port);
        var recoveries = new List<TimeSpan>();
        var random = new Random();
        try
        {
            await node.WaitUntilReadyAsync(StartPatience);
            using var client = await SubmissionLoad.ResidentClientAsync(node.BaseAddress!);
            var kills = 0;
            var running = load.RunAsync(client, Concurrency, MinimumRequests, () => Volatile.Read(ref kills) < Kills, () => up.Task);
            while (kills < Kills)
            {
                // A random moment after the node is up and acknowledging again.
                var acknowledged = load.Acknowledged.Count;
                while (load.Acknowledged.Count < acknowledged + 5 && !running.IsCompleted)
                {
                    await Task.Delay(20);
                }

                await Task.Delay(random.Next(50, 800));
                up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                node.Kill();
                var watch = Stopwatch.StartNew();
                await node.DisposeAsync();
                node = ApiProcess.Start(settings, port);
                await node.WaitUntilReadyAsync(StartPatience);
                recoveries.Add(watch.Elapsed);
                Interlocked.Increment(ref kills);
                up.SetResult();
            }

            await running;
            await VerifyAsync(provider, connectionString, load, client, $"{kills} SIGKILLs, back up after {string.Join(", ", recoveries.Select(r => $"{r.TotalSeconds:F1} s"))}");
        }
        finally
        {
            output.WriteLine(Tail(node.Output));
            await node.DisposeAsync();
        }
    }

    private async Task TerminatedUnderLoadAsync(string provider, string connectionString)
    {
        var settings = SubmissionLoad.NodeSettings(provider, connectionString, "crash-node");
        var port = ApiProcess.FreePort();
        var load = new SubmissionLoad($"term-{Guid.NewGuid():N}"[..17]);
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var node = ApiProcess.Start(settings, port);
        try
        {
            await node.WaitUntilReadyAsync(StartPatience);
            using var client = await SubmissionLoad.ResidentClientAsync(node.BaseAddress!);
            var stopping = false;
            var running = load.RunAsync(client, Concurrency, MinimumRequests / 2, () => !Volatile.Read(ref stopping), () => restarted.Task);
            while (load.Acknowledged.Count < MinimumRequests / 4)
            {
                await Task.Delay(20);
            }

            var acknowledgedBefore = load.Acknowledged.Count;
            Volatile.Write(ref stopping, true);
            var watch = Stopwatch.StartNew();
            var exitCode = await node.TerminateAsync(TimeSpan.FromSeconds(60));
            var drained = watch.Elapsed;
            output.WriteLine(Tail(node.Output));
            Assert.Equal(0, exitCode);

            // What was in flight when SIGTERM came was answered before the process ended; nothing it answered was an error.
            var acknowledgedDuringShutdown = load.Acknowledged.Count - acknowledgedBefore;
            Assert.Empty(load.ErrorAnswers);

            await node.DisposeAsync();
            node = ApiProcess.Start(settings, port);
            await node.WaitUntilReadyAsync(StartPatience);
            restarted.SetResult();
            await running;
            await VerifyAsync(provider, connectionString, load, client, $"SIGTERM after {acknowledgedBefore} acknowledged; {acknowledgedDuringShutdown} more answered 201 while it drained; exit code 0 after {drained.TotalSeconds:F1} s");
        }
        finally
        {
            await node.DisposeAsync();
        }
    }

    private async Task VerifyAsync(string provider, string connectionString, SubmissionLoad load, HttpClient client, string what)
    {
        var probe = new DatabaseProbe(provider, connectionString);
        var acknowledgedAtFirst = new Dictionary<int, Guid>(load.Acknowledged);
        var unacknowledged = load.Sent.Keys.Where(i => !load.Acknowledged.ContainsKey(i)).ToList();

        // Which unacknowledged requests had been committed (the answer lost with the process) before the retry.
        var stored = await load.StoredByKeyAsync(probe);
        var committedUnanswered = unacknowledged.Where(i => stored.ContainsKey(load.Key(i))).ToList();
        var errorsBeforeRetry = load.ErrorAnswers.ToList();

        var retried = await load.RetryUnacknowledgedAsync(client);
        stored = await load.StoredByKeyAsync(probe);
        var applications = await probe.CountAsync("""SELECT COUNT(*) FROM "Applications" """);
        var distinctApplicants = await probe.CountAsync("""SELECT COUNT(DISTINCT "OpenCaseKey") FROM "Applications" """);
        var storedIds = (await probe.RowsAsync("""SELECT "Id" FROM "Applications" """)).Select(r => Guid.Parse(r[0]!)).ToHashSet();
        var lost = acknowledgedAtFirst.Count(a => !storedIds.Contains(a.Value) || stored.GetValueOrDefault(load.Key(a.Key)) != a.Value);
        var replayedSame = committedUnanswered.Count(i => load.Acknowledged.TryGetValue(i, out var id) && id == stored[load.Key(i)]);
        var problems = await probe.IntegrityProblemsAsync();

        output.WriteLine(
            $"{provider}: {what}. Sent {load.Count} requests ({Concurrency} at a time), acknowledged {acknowledgedAtFirst.Count}, " +
            $"unacknowledged {unacknowledged.Count} ({load.TransportFailures} transport failures; error answers: {Summary(errorsBeforeRetry)}), " +
            $"of which committed before the retry {committedUnanswered.Count}; retried {retried}, now acknowledged {load.Acknowledged.Count}, " +
            $"retries answered with the stored application {replayedSame}/{committedUnanswered.Count} (errors after the retry: {Summary(load.ErrorAnswers.Skip(errorsBeforeRetry.Count))}); rows {applications}, keys {stored.Count}, " +
            $"duplicated {applications - load.Count}, lost {lost}; integrity: {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");

        Assert.Equal(load.Count, load.Acknowledged.Count);
        Assert.Equal(0, lost);
        Assert.Equal(committedUnanswered.Count, replayedSame);
        Assert.Equal(load.Count, applications);
        Assert.Equal(load.Count, stored.Count);
        Assert.Equal(applications, distinctApplicants);
        Assert.Equal(load.Count, load.Acknowledged.Values.Distinct().Count());
        Assert.Empty(problems);

        // Only 503 (the database briefly unreachable while a node starts) may answer a submission; never a 5xx of another kind or a 4xx.
        Assert.All(load.ErrorAnswers, e => Assert.StartsWith("503", e, StringComparison.Ordinal));
    }

    private static async Task WithDatabaseAsync(string provider, Func<string, string, Task> test)
    {
        if (provider == "PostgreSQL")
        {
            var database = new PostgresDatabase();
            await PostgresDatabase.EnsureServerAsync();
            try
            {
                await test(provider, database.ConnectionString);
            }
            finally
            {
                await database.DropAsync();
            }

            return;
        }

        var directory = Directory.CreateTempSubdirectory("relief-crash-");
        try
        {
            await test(provider, $"Data Source={Path.Combine(directory.FullName, "relief.db")}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static string Summary(IEnumerable<string> answers) =>
        string.Join(", ", answers.GroupBy(a => a).Select(g => $"{g.Key.Trim()} ×{g.Count()}")) is { Length: > 0 } s ? s : "none";

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
