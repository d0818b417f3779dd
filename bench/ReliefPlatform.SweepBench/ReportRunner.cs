using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Reports.Exports.RunExports;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// The report benchmark over a year of applications (<c>seed --year</c>): the nightly snapshots for
/// the year, then over real HTTP the province-wide yearly report by department, and a full-year detail
/// export through the background path, with time and memory.
/// </summary>
internal static class ReportRunner
{
    private const string Supervisor = "bench-sup-530000";

    public static async Task<int> SnapshotAsync(BenchOptions options)
    {
        Report.Header("snapshot", options);
        await using var host = new ServiceHost(options);
        var services = host.Start();
        var today = ChinaTime.DateOf(DateTime.UtcNow);
        var watch = Stopwatch.StartNew();
        var rows = 0;
        for (var day = today.AddDays(-366); day < today; day = day.AddDays(1))
        {
            await using var scope = services.CreateAsyncScope();
            rows += (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TakeStatisticsSnapshotCommand(day))).Rows;
        }

        watch.Stop();
        Report.Line($"snapshot   : 366 days, {rows:N0} rows in {watch.Elapsed.TotalSeconds:N1} s ({watch.Elapsed.TotalMilliseconds / 366:N0} ms a day)");
        Report.Result("snapshot", options.Provider, ("days", "366"), ("rows", rows.ToString(CultureInfo.InvariantCulture)),
            ("seconds", watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)));
        return 0;
    }

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Report.Header("report", options);
        await using var host = new ServiceHost(options);
        var services = host.Start();
        await BenchStaff.EnsureAsync(services, Supervisor, "省级督办（基准测试）", Role.Supervisor);
        using var client = host.CreateClient();
        await BenchStaff.SignInAsync(client, Supervisor);

        var today = ChinaTime.DateOf(DateTime.UtcNow);
        var period = string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        long applications, snapshotRows;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            applications = await db.Applications.LongCountAsync();
            snapshotRows = await db.DailyStatistics.LongCountAsync();
        }

        Report.Line($"data       : {applications:N0} applications, {snapshotRows:N0} snapshot rows; period {period}");

        // The report: the first call warms the service (JIT, catalog, calendar); the rest are timed.
        var times = new List<double>();
        JsonObject? report = null;
        for (var i = 0; i <= options.Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync($"/api/v1/reports/completion?{period}&groupBy=department");
            response.EnsureSuccessStatusCode();
            report = await response.Content.ReadFromJsonAsync<JsonObject>();
            watch.Stop();
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        // One more, recorded: where the time goes, statement by statement.
        host.Commands.Recording = true;
        var recorded = Stopwatch.StartNew();
        (await client.GetAsync($"/api/v1/reports/completion?{period}&groupBy=department")).EnsureSuccessStatusCode();
        recorded.Stop();
        host.Commands.Recording = false;
        var commands = host.Commands.Take();
        Report.Line($"statements : {commands.Count} in one report of {recorded.Elapsed.TotalMilliseconds:N0} ms; SQL {commands.Sum(c => c.Duration.TotalMilliseconds):N0} ms:");
        foreach (var command in commands)
        {
            Report.Line($"             {command.Duration.TotalMilliseconds,6:N1} ms  {command.Label}");
        }

        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        var total = report!["total"]!;
        Report.Line($"report     : province, a year, by department: median {median:N0} ms, p95 {p95:N0} ms, max {times[^1]:N0} ms over {times.Count} runs (target ≤ 200 ms: {(p95 <= 200 ? "met" : "MISSED")})");
        Report.Line($"             received {total["received"]}, completed {total["completed"]}, on time {total["onTimeRate"]}, open {total["open"]}, overdue {total["overdue"]}");

        // The export: queued (too large for the request), written by the export job's command, downloaded.
        var queued = await client.GetAsync($"/api/v1/reports/completion/export?format={options.Format}&part=detail&{period}");
        if (queued.StatusCode != HttpStatusCode.Accepted)
        {
            throw new BenchException($"the export answered {(int)queued.StatusCode}, not 202: {await queued.Content.ReadAsStringAsync()}");
        }

        var location = queued.Headers.Location!.ToString();
        RunExportsResult? result = null;
        var measurement = await Measurement.TakeAsync(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunExportsCommand(MaxExports: 1));
        });
        var status = await client.GetFromJsonAsync<JsonObject>(location);
        if (result!.Done != 1 || status!["status"]!.GetValue<string>() != "Done")
        {
            throw new BenchException($"the export did not finish: {status}");
        }

        var download = Stopwatch.StartNew();
        using var file = await client.GetAsync(status["downloadUrl"]!.GetValue<string>(), HttpCompletionOption.ResponseHeadersRead);
        var bytes = await (await file.Content.ReadAsStreamAsync()).CopyToCountAsync();
        download.Stop();
        var rows = status["totalRows"]!.GetValue<long>();
        var seconds = measurement.Milliseconds / 1000;
        var peakMb = Report.Mb(measurement.MaxWorkingSet);
        var met = seconds <= 30 && peakMb < 256;
        Report.Line($"export     : {options.Format}, {rows:N0} detail rows, {bytes / 1024.0 / 1024:N1} MB in {seconds:N1} s ({rows / seconds:N0} rows/s); download {download.ElapsedMilliseconds:N0} ms");
        Report.Line($"             {measurement.Memory}");
        Report.Line($"             target ≤ 30 s and < 256 MB: {(met ? "met" : "MISSED")}");
        Report.Result(
            "report", options.Provider,
            ("gc", System.Runtime.GCSettings.IsServerGC ? "server" : "workstation"),
            ("applications", applications.ToString(CultureInfo.InvariantCulture)),
            ("snapshot_rows", snapshotRows.ToString(CultureInfo.InvariantCulture)),
            ("report_median_ms", median.ToString("F0", CultureInfo.InvariantCulture)),
            ("report_p95_ms", p95.ToString("F0", CultureInfo.InvariantCulture)),
            ("export_format", options.Format),
            ("export_rows", rows.ToString(CultureInfo.InvariantCulture)),
            ("export_s", seconds.ToString("F1", CultureInfo.InvariantCulture)),
            ("export_mb", (bytes / 1024.0 / 1024).ToString("F1", CultureInfo.InvariantCulture)),
            ("export_peak_ws_mb", peakMb.ToString(CultureInfo.InvariantCulture)),
            ("export_max_heap_mb", Report.Mb(measurement.MaxHeap).ToString(CultureInfo.InvariantCulture)),
            ("target", met && p95 <= 200 ? "met" : "MISSED"));
        return 0;
    }

    private static async Task<long> CopyToCountAsync(this Stream stream)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
