using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Monitoring.EvaluateHouseholds;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// <c>households</c>: an administrator changes the province's monitoring figures over real HTTP (the
/// PUT that starts the <c>evaluate-households</c> job), then the job's command is sent through IMediator
/// in a fresh scope, as the job runner sends it, and timed with memory; then once more, when nothing is
/// left to evaluate. The level changes it records are checked against the rules applied in memory to
/// every household's facts beforehand.
/// </summary>
internal static class HouseholdRunner
{
    private const string Administrator = "bench-admin-530000";

    // Two sets of province figures: each run moves to the other one, so every household is evaluated again.
    private static readonly Figures Usual = new(4_000, 1.5m, 7_000, 10_000);
    private static readonly Figures Raised = new(4_300, 1.5m, 8_000, 10_000);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Report.Header("households", options);
        var startWatch = Stopwatch.StartNew();
        await using var host = new ServiceHost(options);
        var services = host.Start();
        await BenchStaff.EnsureAsync(services, Administrator, "省级管理员（基准测试）", Role.Administrator);
        using var client = host.CreateClient();
        await BenchStaff.SignInAsync(client, Administrator);
        startWatch.Stop();

        MonitoringThresholds current;
        Figures target;
        long households, changesBefore, expected;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var year = ChinaTime.DateOf(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).Year;
            var all = await db.MonitoringThresholds.AsNoTracking().ToListAsync();
            current = MonitoringThresholds.For(all, year, "530000") ?? throw new BenchException($"no province figures in force in {year}.");
            if (all.Any(t => t.Year == current.Year && t.RegionCode != current.RegionCode))
            {
                throw new BenchException($"{current.Year} has prefecture or county figures too; the check below assumes the province's cover every household.");
            }

            households = await db.Households.LongCountAsync();
            changesBefore = await db.HouseholdLevelChanges.LongCountAsync();
            var stale = await db.Households.LongCountAsync(h => h.ThresholdsKey != current.Key);
            target = current.PovertyLine == Raised.PovertyLine && current.MonitoringLine == Raised.MonitoringLine ? Usual : Raised;
            Report.Line($"start-up   : {startWatch.ElapsedMilliseconds:N0} ms (service, administrator signed in with TOTP)");
            Report.Line($"data       : {households:N0} households, {changesBefore:N0} level changes; {households - stale:N0} evaluated under {current.Key}, {stale:N0} not");
            Report.Line($"figures    : {current.Key}: poverty {current.PovertyLine:N0}, warning {current.WarningLine:N0}, monitoring {current.MonitoringLine:N0}, large spending {current.LargeSpendingLine:N0}");
            Report.Line($"      →      poverty {target.PovertyLine:N0}, warning {target.PovertyLine * target.WarningFactor:N0}, monitoring {target.MonitoringLine:N0}, large spending {target.LargeSpendingLine:N0}");
            var expectWatch = Stopwatch.StartNew();
            expected = await ExpectedChangesAsync(db, scope.ServiceProvider.GetRequiredService<MonitoringRuleSet>(), target.Thresholds(current.Year, current.RegionCode));
            Report.Line($"expected   : {expected:N0} households ({100.0 * expected / Math.Max(1, households):N1}%) change level or group under the new figures (the rules over every household's facts in memory, {expectWatch.Elapsed.TotalSeconds:N1} s)");
        }

        // The administrator's PUT, as the admin page sends it; it answers once the figures are saved.
        var put = Stopwatch.StartNew();
        var response = await client.PutAsJsonAsync($"/api/v1/admin/monitoring/thresholds/{current.Year}/{current.RegionCode}", target);
        put.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchException($"PUT thresholds answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Report.Line($"PUT        : {(int)response.StatusCode} in {put.ElapsedMilliseconds:N0} ms; the job was triggered (this process runs no scheduler: the bench sends its command itself)");
        Report.Line();

        var runs = new List<(EvaluateHouseholdsResult Result, Measurement Measurement)>();
        for (var run = 1; run <= Math.Max(2, options.Runs); run++)
        {
            EvaluateHouseholdsResult? result = null;
            host.Commands.TakeSums();
            host.Commands.Summing = true;
            var measurement = await Measurement.TakeAsync(async () =>
            {
                await using var scope = services.CreateAsyncScope();
                result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EvaluateHouseholdsCommand());
            });
            host.Commands.Summing = false;
            runs.Add((result!, measurement));
            var seconds = measurement.Milliseconds / 1000;
            Report.Line($"job run #{run}: {seconds,8:N1} s  examined {result!.Examined:N0}, evaluated {result.Evaluated:N0}, level changes {result.LevelChanges:N0}" +
                (result.Evaluated > 0 ? $"; {result.Evaluated / seconds:N0} households/s" : $"; {result.Examined / seconds:N0} examined/s"));
            Report.Line($"              {measurement.Memory}");
            foreach (var (keyword, count, duration) in host.Commands.TakeSums())
            {
                Report.Line($"              {keyword,-8} {count,7:N0} commands, {duration.TotalSeconds,7:N1} s until each returned");
            }
        }

        long changesAfter, underNew;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var key = (await db.MonitoringThresholds.AsNoTracking().SingleAsync(t => t.Year == current.Year && t.RegionCode == current.RegionCode)).Key;
            changesAfter = await db.HouseholdLevelChanges.LongCountAsync();
            underNew = await db.Households.LongCountAsync(h => h.ThresholdsKey == key);
            Report.Line();
            Report.Line($"after      : {underNew:N0} of {households:N0} households evaluated under {key}; {changesAfter - changesBefore:N0} level-change rows added");
            if (options.Explain)
            {
                await ExplainKeysetAsync(db, options.IsPostgres, host.Commands);
            }
        }

        var (first, firstMeasurement) = runs[0];
        var (second, secondMeasurement) = runs[1];
        var ok = first.Evaluated == households && first.LevelChanges == expected && changesAfter - changesBefore == expected && underNew == households && second.Evaluated == 0;
        Report.Line($"check      : {(ok ? "the job evaluated every household once and recorded exactly the expected changes; run 2 evaluated none" : "MISMATCH: see the counts above")}");
        var firstSeconds = firstMeasurement.Milliseconds / 1000;
        Report.Line($"process    : peak working set {Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64):N0} MB over the whole run (start-up and the in-memory expectation included)");
        Report.Result(
            "households",
            options.Provider,
            ("households", households.ToString(CultureInfo.InvariantCulture)),
            ("evaluated", first.Evaluated.ToString(CultureInfo.InvariantCulture)),
            ("level_changes", first.LevelChanges.ToString(CultureInfo.InvariantCulture)),
            ("expected_changes", expected.ToString(CultureInfo.InvariantCulture)),
            ("put_ms", put.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)),
            ("run1_s", firstSeconds.ToString("F1", CultureInfo.InvariantCulture)),
            ("per_s", (first.Evaluated / firstSeconds).ToString("F0", CultureInfo.InvariantCulture)),
            ("run1_max_ws_mb", Report.Mb(firstMeasurement.MaxWorkingSet).ToString(CultureInfo.InvariantCulture)),
            ("run1_ws_growth_mb", Report.Mb(firstMeasurement.MaxWorkingSet - firstMeasurement.WorkingSetBefore).ToString(CultureInfo.InvariantCulture)),
            ("run1_max_heap_mb", Report.Mb(firstMeasurement.MaxHeap).ToString(CultureInfo.InvariantCulture)),
            ("run1_alloc_mb", Report.Mb(firstMeasurement.Allocated).ToString(CultureInfo.InvariantCulture)),
            ("run2_s", (secondMeasurement.Milliseconds / 1000).ToString("F1", CultureInfo.InvariantCulture)),
            ("run2_evaluated", second.Evaluated.ToString(CultureInfo.InvariantCulture)),
            ("run2_alloc_mb", Report.Mb(secondMeasurement.Allocated).ToString(CultureInfo.InvariantCulture)),
            ("check", ok ? "ok" : "MISMATCH"));
        return ok ? 0 : 4;
    }

    /// <summary>How many households the rules put at another level or in other groups under <paramref name="next"/>.</summary>
    private static async Task<long> ExpectedChangesAsync(ReliefDbContext db, MonitoringRuleSet rules, MonitoringThresholds next)
    {
        long moved = 0;
        var rows = db.Households.AsNoTracking()
            .Select(h => new { h.PerCapitaIncome, h.UnavoidableSpending, h.Hardships, h.FormerlyPoor, h.Level, h.Groups })
            .AsAsyncEnumerable();
        await foreach (var h in rows)
        {
            var assessment = rules.Evaluate(new HouseholdFacts(h.PerCapitaIncome, h.UnavoidableSpending, h.Hardships, h.FormerlyPoor), next);
            moved += assessment.Level != h.Level || assessment.Groups != h.Groups ? 1 : 0;
        }

        return moved;
    }

    /// <summary>The plan of the job's keyset read (its LINQ, with a key from the middle of the table).</summary>
    private static async Task ExplainKeysetAsync(ReliefDbContext db, bool postgres, CommandRecorder recorder)
    {
        var middle = await db.Households.OrderBy(h => h.Id).Skip((int)(await db.Households.LongCountAsync() / 2)).Select(h => h.Id).FirstAsync();
        recorder.Take();
        recorder.Recording = true;
        _ = await db.Households.Where(h => h.Id.CompareTo(middle) > 0).OrderBy(h => h.Id).Take(1_000).ToListAsync();
        recorder.Recording = false;
        var command = recorder.Take().Single();
        Report.Line($"plan of the keyset read ({command.Duration.TotalMilliseconds:N1} ms): {command.Text.ReplaceLineEndings(" ")}");
        await db.Database.OpenConnectionAsync();
        Report.Line(await SweepRunner.PlanAsync(db.Database.GetDbConnection(), postgres, command.Text, command.Parameters));
    }

    /// <summary>The body of the PUT, and the same figures as the domain holds them.</summary>
    private sealed record Figures(decimal PovertyLine, decimal WarningFactor, decimal MonitoringLine, decimal LargeSpendingLine)
    {
        public MonitoringThresholds Thresholds(int year, string regionCode) =>
            new(year, RegionCode.Parse(regionCode), PovertyLine, WarningFactor, MonitoringLine, LargeSpendingLine, DateTime.UtcNow);
    }
}
