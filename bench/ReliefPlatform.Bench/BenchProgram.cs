using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Bench;

/// <summary>
/// Submissions per second and latency of <c>POST /api/v1/applications</c> (through MediatR and its
/// behaviors), with and without an Idempotency-Key, against the bench's bare endpoint that validates and
/// inserts the same row without the pipeline: one process, real Kestrel, a fresh SQLite file.
/// </summary>
internal static class BenchProgram
{
    private static readonly Target Bare = new("bare (no pipeline)", BareSubmitEndpoint.Path, SendIdempotencyKey: false);
    private static readonly Target Real = new("real, no key", "/api/v1/applications", SendIdempotencyKey: false);
    private static readonly Target RealWithKey = new("real + Idempotency-Key", "/api/v1/applications", SendIdempotencyKey: true);

    public static async Task<int> Main(string[] args)
    {
        if (!BenchOptions.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
        }

        // Numbers print the same whatever the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var slice = TimeSpan.FromSeconds((double)options.Seconds / options.Slices);
        await using var factory = new BenchApiFactory();
        var baseAddress = factory.Start();

        Line("ReliefPlatform submission benchmark");
        Line($"machine : {Environment.ProcessorCount} cores{CpuModel()}, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
        Line($"runtime : {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        Line($"database: SQLite {await SqliteFactsAsync(factory.ConnectionString)}, {factory.DatabasePath}");
        Line($"load    : {options.Concurrency} concurrent clients (closed loop) in this process to {baseAddress}");
        Line($"          {options.WarmupSeconds} s warm-up per endpoint, then {options.Rounds} round(s) of {options.Seconds} s per endpoint in {options.Slices} interleaved slices of {slice.TotalSeconds:0.#} s");
        Line($"other   : load average {LoadAverage()} before the run");
        Line();

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInResidentAsync(client));

        var load = new SubmissionLoad(client);
        Target[] targets = [Bare, Real, RealWithKey];
        if (options.WarmupSeconds > 0)
        {
            foreach (var target in targets)
            {
                await load.RunAsync(target, 0, TimeSpan.FromSeconds(options.WarmupSeconds), options.Concurrency);
            }
        }

        var results = new List<PhaseResult>();
        var cycles = new List<Dictionary<Target, PhaseResult>>();
        Line(Header());
        for (var round = 1; round <= options.Rounds; round++)
        {
            // The endpoints take turns in short slices, and who goes first rotates, so a burst of other
            // load on the machine, the growing table or WAL checkpoints fall on all of them alike.
            var slices = targets.ToDictionary(t => t, _ => new List<PhaseResult>());
            for (var i = 0; i < options.Slices; i++)
            {
                var first = (i + round - 1) % targets.Length;
                var cycle = new Dictionary<Target, PhaseResult>();
                foreach (var target in targets[first..].Concat(targets[..first]))
                {
                    cycle[target] = await load.RunAsync(target, round, slice, options.Concurrency);
                    slices[target].Add(cycle[target]);
                }

                cycles.Add(cycle);
            }

            foreach (var target in targets)
            {
                var result = PhaseResult.Combine(slices[target]);
                results.Add(result);
                Line(Row($"{result.Target.Name} [round {round}]", result.Requests, result.Collisions, result.Errors, result.PerSecond, result.Percentile(50), result.Percentile(99)));
                if (result.FirstError is not null)
                {
                    Line($"  first error: {Truncate(result.FirstError, 300)}");
                }
            }
        }

        Line();
        Line($"Summary: the median over {options.Rounds} round(s) of each column (for 2 rounds, the mean of the two)");
        Line(Header());
        var summary = targets.ToDictionary(t => t, t =>
        {
            var rows = results.Where(r => r.Target == t).ToArray();
            var row = (PerSecond: Stats.Median(rows.Select(r => r.PerSecond)), P50: Stats.Median(rows.Select(r => r.Percentile(50))), P99: Stats.Median(rows.Select(r => r.Percentile(99))));
            Line(Row(t.Name, rows.Sum(r => r.Requests), rows.Sum(r => r.Collisions), rows.Sum(r => r.Errors), row.PerSecond, row.P50, row.P99));
            return row;
        });

        Line();
        foreach (var real in new[] { Real, RealWithKey })
        {
            var ratio = summary[real].PerSecond / summary[Bare].PerSecond;
            var overhead = 1 - ratio;
            Line($"{real.Name,-24} / bare throughput = {ratio:0.000}  -> pipeline overhead {overhead:P1} (target <= 20%: {(overhead <= 0.20 ? "met" : "MISSED")})");
        }

        Line($"{RealWithKey.Name,-24} / real, no key   = {summary[RealWithKey].PerSecond / summary[Real].PerSecond:0.000}  -> the key's share: {1 - (summary[RealWithKey].PerSecond / summary[Real].PerSecond):P1}");

        // Paired: each cycle ran the three endpoints back to back (~3 slices), so their ratio is little moved by
        // other load on the machine that comes and goes over the run. The spread shows how noisy the run was.
        Line();
        Line($"paired  : real/bare throughput ratio of each of the {cycles.Count} cycles (endpoints back to back), median [min - max]");
        foreach (var real in new[] { Real, RealWithKey })
        {
            var ratios = cycles.Select(c => c[real].PerSecond / c[Bare].PerSecond).ToArray();
            Line($"          {real.Name,-24} {Stats.Median(ratios):0.000} [{ratios.Min():0.000} - {ratios.Max():0.000}] -> overhead {1 - Stats.Median(ratios):P1}");
        }

        var errors = results.Sum(r => r.Errors);
        var collisions = results.Sum(r => r.Collisions);
        var created = results.Sum(r => r.Created);
        var (rows, keys) = await CountRowsAsync(factory);
        Line();
        Line($"other   : load average {LoadAverage()} after the run");
        Line($"check   : {errors} errors (non-201 other than 409 duplicate) in measured phases (must be 0)");
        Line($"          {collisions} x 409 duplicate = tracking-number collisions; expected about {(double)rows * rows / 2e8:0.0} for {rows} applications filed on one day with 10^8 numbers a day");
        Line($"          the database holds {rows} applications (>= {created} measured 201s) and {keys} idempotency records");
        foreach (var (what, count) in factory.Logs.Snapshot().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Line($"api log : {count,6} x {what}");
        }

        return errors == 0 && rows >= created ? 0 : 1;
    }

    /// <summary>Signs a resident in through the real one-time-code flow and the development SMS outbox.</summary>
    private static async Task<string> SignInResidentAsync(HttpClient client)
    {
        var phone = "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        (await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).EnsureSuccessStatusCode();
        var messages = await client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/sms?phone={phone}");
        var code = messages![0]!["code"]!.GetValue<string>();
        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    private static async Task<string> SqliteFactsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version(); PRAGMA journal_mode; PRAGMA synchronous;";
        await using var reader = await command.ExecuteReaderAsync();
        var facts = new List<string>();
        do
        {
            while (await reader.ReadAsync())
            {
                facts.Add(reader.GetValue(0).ToString() ?? "?");
            }
        }
        while (await reader.NextResultAsync());

        return facts.Count == 3 ? $"{facts[0]} (journal_mode={facts[1]}, synchronous={facts[2]})" : string.Join(", ", facts);
    }

    private static async Task<(int Applications, int IdempotencyRecords)> CountRowsAsync(BenchApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        return (await db.Applications.CountAsync(), await db.IdempotencyRecords.CountAsync());
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), to show whether something else was running.</summary>
    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "n/a";
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo))
        {
            return string.Empty;
        }

        var model = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? string.Empty : $" ({model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()})";
    }

    private static string Header() =>
        $"{"endpoint",-36} {"requests",9} {"409 dup",7} {"errors",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8}";

    private static string Row(string name, int requests, int collisions, int errors, double perSecond, double p50, double p99) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-36} {requests,9} {collisions,7} {errors,7} {perSecond,9:0.0} {p50,8:0.00} {p99,8:0.00}");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static void Line(string text = "") => Console.WriteLine(text);
}
