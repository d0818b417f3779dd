using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Bench;

/// <summary>One way of submitting that the bench measures.</summary>
internal sealed record Target(string Name, string Path, bool SendIdempotencyKey);

/// <summary>
/// What one timed phase measured. Latencies are of 201 answers only, in milliseconds, sorted.
/// <see cref="Collisions"/> are 409 <c>duplicate</c> answers: with ID numbers that never repeat, only a
/// tracking-number collision (eight random digits a day) produces one; every other non-201 is an error.
/// </summary>
internal sealed record PhaseResult(Target Target, int Round, int Created, int Collisions, int Errors, TimeSpan Elapsed, double[] LatenciesMs, string? FirstError)
{
    public int Requests => Created + Collisions + Errors;

    public double PerSecond => Created / Elapsed.TotalSeconds;

    public double Percentile(double p) => Stats.Percentile(LatenciesMs, p);

    /// <summary>Slices of one target in one round taken together: counts and time add up, latencies are pooled.</summary>
    public static PhaseResult Combine(IReadOnlyList<PhaseResult> slices)
    {
        var latencies = slices.SelectMany(s => s.LatenciesMs).ToArray();
        Array.Sort(latencies);
        return new PhaseResult(
            slices[0].Target,
            slices[0].Round,
            slices.Sum(s => s.Created),
            slices.Sum(s => s.Collisions),
            slices.Sum(s => s.Errors),
            TimeSpan.FromTicks(slices.Sum(s => s.Elapsed.Ticks)),
            latencies,
            slices.Select(s => s.FirstError).FirstOrDefault(e => e is not null));
    }
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers, each sending one civil.dibao submission at a time
/// with an ID number not used before in the run (so no duplicate-application 409), until the time is
/// up; then it waits for the requests in flight. Only 201s count as throughput.
/// </summary>
internal sealed class SubmissionLoad(HttpClient client)
{
    /// <summary>The problem code the unit-of-work behavior gives a unique-key violation.</summary>
    public const string DuplicateCode = "\"code\":\"duplicate\"";

    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private long _sequence = RandomNumberGenerator.GetInt32(0, 1_000_000);

    public async Task<PhaseResult> RunAsync(Target target, int round, TimeSpan duration, int concurrency)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(target, deadline))).ToArray();
        var outcomes = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = outcomes.SelectMany(o => o.Latencies).Select(t => t * 1000.0 / Stopwatch.Frequency).ToArray();
        Array.Sort(latencies);
        return new PhaseResult(
            target,
            round,
            latencies.Length,
            outcomes.Sum(o => o.Collisions),
            outcomes.Sum(o => o.Errors),
            elapsed,
            latencies,
            outcomes.Select(o => o.FirstError).FirstOrDefault(e => e is not null));
    }

    private async Task<WorkerOutcome> WorkAsync(Target target, long deadline)
    {
        var outcome = new WorkerOutcome();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Path) { Content = NewBody() };
            request.Content.Headers.ContentType = JsonType;
            if (target.SendIdempotencyKey)
            {
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            }

            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request);
                var took = Stopwatch.GetTimestamp() - sent;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    outcome.Latencies.Add(took);
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Conflict && body.Contains(DuplicateCode, StringComparison.Ordinal))
                    {
                        outcome.Collisions++;
                    }
                    else
                    {
                        outcome.Errors++;
                        outcome.FirstError ??= $"{(int)response.StatusCode} {body}";
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                outcome.Errors++;
                outcome.FirstError ??= ex.Message;
            }
        }

        return outcome;
    }

    /// <summary>The functional tests' civil.dibao body, with a fresh ID number and phone.</summary>
    private ByteArrayContent NewBody()
    {
        var json = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"itemCode":"civil.dibao","regionCode":"530102001","applicant":{"name":"李秀英","idNumber":"{{NextIdNumber()}}","phone":"139{{RandomNumberGenerator.GetInt32(0, 100_000_000):D8}}"},"answers":{"householdSize":3,"annualIncomePerPerson":4200,"residence":"rural"},"description":"丈夫去年因病去世，家里三口人只靠我打零工，孩子还在上学。"}""");
        return new ByteArrayContent(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// A valid ID number registered in 530102 that this run has not used: a counter walks birth dates
    /// (1940 on, 25,000 days) and sequence numbers (1,000 a day), 25 million in all.
    /// </summary>
    private string NextIdNumber()
    {
        var n = Interlocked.Increment(ref _sequence) % 25_000_000;
        var birth = new DateOnly(1940, 1, 1).AddDays((int)(n / 1000));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"530102{birth:yyyyMMdd}{n % 1000:D3}");
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    private sealed class WorkerOutcome
    {
        public List<long> Latencies { get; } = new(4096);

        public int Collisions { get; set; }

        public int Errors { get; set; }

        public string? FirstError { get; set; }
    }
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
