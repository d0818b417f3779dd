using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The database failing under a real API process (issue 8): PostgreSQL paused with SIGSTOP (a private
/// server, not the suite's) answers 503 with Retry-After within the configured timeouts and recovers by
/// itself on SIGCONT; SQLite on a full disk answers 503 and keeps no half-written application. The SMS
/// gateway failing is covered by OutboxDeliveryTests and HttpSmsGatewayTests.
/// </summary>
public sealed class DependencyFailureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task PostgresPaused_RequestsAnswer503WithRetryAfter_AndServiceRecoversOnResume()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        var connectionString = postgres.ConnectionString("relief_paused", timeoutSeconds: 3);
        await using var node = ApiProcess.Start(SubmissionLoad.NodeSettings("PostgreSQL", connectionString, "failure-node"), ApiProcess.FreePort());
        await node.WaitUntilReadyAsync(StartPatience);
        using var client = await SubmissionLoad.ResidentClientAsync(node.BaseAddress!);
        var load = new SubmissionLoad("paused");
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await load.SendAsync(client, i));
        }

        await postgres.PauseAsync();
        var answers = new List<(int Index, HttpStatusCode Status, string? RetryAfter, string? Type, TimeSpan Took)>();
        try
        {
            await Task.WhenAll(Enumerable.Range(3, 6).Select(async i =>
            {
                load.Sent[i] = true; // sent by hand to read the status and headers
                var watch = Stopwatch.StartNew();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(SubmissionLoad.Body(i)) };
                request.Headers.Add("Idempotency-Key", load.Key(i));
                using var response = await client.SendAsync(request);
                lock (answers)
                {
                    answers.Add((i, response.StatusCode, response.Headers.RetryAfter?.ToString(), response.Content.Headers.ContentType?.MediaType, watch.Elapsed));
                }
            }));
        }
        finally
        {
            await postgres.ResumeAsync();
        }

        var resumed = Stopwatch.StartNew();
        while (!await load.SendAsync(client, 9) || !load.Acknowledged.ContainsKey(9))
        {
            Assert.True(resumed.Elapsed < TimeSpan.FromSeconds(60), "The service did not recover within a minute of the database resuming.");
            await Task.Delay(200);
        }

        var recovery = resumed.Elapsed;
        await load.RetryUnacknowledgedAsync(client);
        var rows = await new DatabaseProbe("PostgreSQL", postgres.ConnectionString("relief_paused", 10)).CountAsync("""SELECT COUNT(*) FROM "Applications" """);
        output.WriteLine(
            $"PostgreSQL paused: {string.Join("; ", answers.OrderBy(a => a.Index).Select(a => $"{(int)a.Status} Retry-After {a.RetryAfter} {a.Type} in {a.Took.TotalSeconds:F1} s"))}; " +
            $"first submission acknowledged {recovery.TotalSeconds:F1} s after SIGCONT; after retrying the refused keys {load.Acknowledged.Count} acknowledged, {rows} rows");
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status);
            Assert.NotNull(a.RetryAfter);
            Assert.Equal("application/problem+json", a.Type);
            Assert.True(a.Took < TimeSpan.FromSeconds(30), $"A request took {a.Took} with a 3-second database timeout.");
        });
        Assert.Equal(10, load.Acknowledged.Count);
        Assert.Equal(10, rows);
    }

    [Fact]
    public async Task SqliteDiskFull_SubmissionsAnswer503_NoHalfWrittenApplication_AndRecoverWhenSpaceReturns()
    {
        var mount = Directory.CreateTempSubdirectory("relief-full-").FullName;
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount);
        var filler = Path.Combine(mount, "filler");
        try
        {
            var connectionString = $"Data Source={Path.Combine(mount, "relief.db")}";
            await using var node = ApiProcess.Start(SubmissionLoad.NodeSettings("Sqlite", connectionString, "failure-node"), ApiProcess.FreePort());
            await node.WaitUntilReadyAsync(StartPatience);
            using var client = await SubmissionLoad.ResidentClientAsync(node.BaseAddress!);
            var load = new SubmissionLoad("full");
            Assert.True(await load.SendAsync(client, 0));

            // Leave the database a few pages, then submit until the disk is full.
            await FillAsync(filler, mount, leaveBytes: 400 * 1024);
            var index = 1;
            while (load.ErrorAnswers.IsEmpty && index < 2000)
            {
                Assert.True(await load.SendAsync(client, index++));
            }

            var acknowledgedWhenFull = load.Acknowledged.Count;
            var refusals = load.ErrorAnswers.ToList();
            var probe = new DatabaseProbe("Sqlite", connectionString);
            File.Delete(filler);
            var rowsWhenFull = await probe.CountAsync("""SELECT COUNT(*) FROM "Applications" """);

            // Space is back: the refused request and new ones go through.
            var recovered = Stopwatch.StartNew();
            await load.RetryUnacknowledgedAsync(client);
            Assert.True(await load.SendAsync(client, index));
            var problems = await probe.IntegrityProblemsAsync();
            var rows = await probe.CountAsync("""SELECT COUNT(*) FROM "Applications" """);
            output.WriteLine(
                $"SQLite disk full after {acknowledgedWhenFull} submissions: refused with {string.Join(", ", refusals)} (all errors: {string.Join(", ", load.ErrorAnswers)}); rows then {rowsWhenFull}; " +
                $"after freeing space {load.Acknowledged.Count} acknowledged in {recovered.Elapsed.TotalSeconds:F1} s, {rows} rows, integrity {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
            Assert.NotEmpty(refusals);
            Assert.All(refusals, r => Assert.StartsWith("503", r, StringComparison.Ordinal));
            Assert.Equal(acknowledgedWhenFull, rowsWhenFull);
            Assert.Equal(index + 1, load.Acknowledged.Count);
            Assert.Equal(load.Acknowledged.Count, rows);
            Assert.Empty(problems);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    private static async Task FillAsync(string filler, string mount, long leaveBytes)
    {
        var free = new DriveInfo(mount).AvailableFreeSpace;
        await using var file = File.Create(filler);
        var block = new byte[4096];
        for (var left = free - leaveBytes; left > 0; left -= block.Length)
        {
            await file.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, left)));
        }
    }


    private static async Task RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(file, arguments);
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode} (the disk-full test mounts a small tmpfs and needs root).");
    }
}
