using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// <c>sweep</c>: one raw SQL statement selecting what the sweep's three stages select (its rows read to
/// the end), then ChaseDeadlinesCommand through IMediator in a fresh scope, as the job sends it: the
/// first run raises the events, later runs find them raised. Working set and managed heap around each.
/// </summary>
internal static class SweepRunner
{
    private const string Chased = "a.\"Status\" IN ('Submitted', 'Accepted')";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Report.Header("sweep", options);
        var startWatch = Stopwatch.StartNew();
        await using var host = new ServiceHost(options);
        var services = host.Start();
        startWatch.Stop();

        DateOnly today, remindUpTo, overdueTo, escalateTo;
        await using (var scope = services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            var db = provider.GetRequiredService<ReliefDbContext>();
            var calendar = await provider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
            var policy = provider.GetRequiredService<DeadlinePolicy>();

            // The handler's dates, from the same clock, calendar and policy.
            today = ChinaTime.DateOf(provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            remindUpTo = policy.RemindUpTo(today, calendar);
            overdueTo = today.AddDays(-1);
            escalateTo = policy.EscalateBefore(today, calendar).AddDays(-1);

            var byStatus = await db.Applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync();
            Report.Line($"start-up   : {startWatch.ElapsedMilliseconds:N0} ms; applications {string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Count:N0}"))}");
            Report.Line($"today      : {today:yyyy-MM-dd} (China); remind due {today:yyyy-MM-dd}..{remindUpTo:yyyy-MM-dd}, overdue due <= {overdueTo:yyyy-MM-dd}, escalate due <= {escalateTo:yyyy-MM-dd}");
            if (options.ResetEvents)
            {
                var reads = await db.StaffNotificationReads.ExecuteDeleteAsync();
                var notifications = await db.StaffNotifications.ExecuteDeleteAsync();
                var events = await db.DeadlineEvents.ExecuteDeleteAsync();
                Report.Line($"reset      : deleted {events:N0} deadline events, {notifications:N0} staff notifications, {reads:N0} reads");
                if (options.IsPostgres)
                {
                    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"DeadlineEvents\"");
                    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"StaffNotifications\"");
                }
            }
            else if (await db.DeadlineEvents.LongCountAsync() is var existing and > 0)
            {
                Report.Line($"note       : {existing:N0} deadline events exist already, so run 1 is not cold (use --reset-events)");
            }
        }

        Report.Line();
        var raw = new RawSelection(today, remindUpTo, overdueTo, escalateTo);
        var rawResults = new List<(string Name, Measurement Measurement, long[] Counts)>();
        for (var pass = 1; pass <= 2; pass++)
        {
            rawResults.Add(await MeasureRawAsync(services, $"raw counts #{pass}", raw.CountSql, raw, counts: true));
            rawResults.Add(await MeasureRawAsync(services, $"raw rows #{pass}", raw.RowsSql, raw, counts: false));
        }

        foreach (var (name, measurement, counts) in rawResults)
        {
            Report.Line($"{name,-15}: {measurement.Milliseconds,8:N0} ms  {(counts.Length == 3 ? $"Reminder {counts[0]:N0}, Overdue {counts[1]:N0}, Escalated {counts[2]:N0}" : $"{counts[0]:N0} rows read")}  {measurement.Memory}");
        }

        var rawRows = rawResults.Where(r => r.Name.StartsWith("raw rows", StringComparison.Ordinal)).Min(r => r.Measurement.Milliseconds);
        var rawCounts = rawResults.Where(r => r.Name.StartsWith("raw counts", StringComparison.Ordinal)).Min(r => r.Measurement.Milliseconds);
        var expected = rawResults[0].Counts;
        Report.Line();

        var runs = new List<(ChaseDeadlinesResult Result, Measurement Measurement, IReadOnlyList<RecordedCommand> Commands)>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var (result, measurement, commands) = await MeasureSweepAsync(services, host.Commands);
            runs.Add((result, measurement, commands));
            var kind = run == 1 ? "cold: raises" : "warm: re-run";
            Report.Line($"sweep #{run} ({kind}) : {measurement.Milliseconds,8:N0} ms  Reminded {result.Reminded:N0}, Overdue {result.Overdue:N0}, Escalated {result.Escalated:N0}, Notifications {result.Notifications:N0}");
            Report.Line($"                      {measurement.Memory}");
            foreach (var command in commands)
            {
                Report.Line($"    {command.Duration.TotalMilliseconds,8:N0} ms  {(command.RowsAffected >= 0 ? $"{command.RowsAffected,9:N0} rows" : "         -     ")}  {command.Label}");
            }
        }

        var cold = runs[0];
        var warm = runs.Count > 1 ? runs[1] : runs[0];
        var matches = cold.Result.Reminded == expected[0] && cold.Result.Overdue == expected[1] && cold.Result.Escalated == expected[2];
        Report.Line();
        Report.Line($"check      : run 1 raised {(matches ? "exactly" : "NOT")} the rows the raw statement counts{(warm == cold ? "" : $"; run 2 raised {warm.Result.Reminded + warm.Result.Overdue + warm.Result.Escalated:N0}")}");
        if (!matches && !options.ResetEvents && cold.Result.Reminded + cold.Result.Overdue + cold.Result.Escalated < expected.Sum())
        {
            Report.Line("             (events from an earlier sweep existed: run 1 was not cold; use --reset-events)");
        }
        else if (!matches)
        {
            Report.Line("             WARNING: the raw statement no longer selects what the sweep selects; bring RawSelection in line with DeadlineSweep.cs");
        }
        Report.Line($"ratio      : sweep cold / raw rows = {cold.Measurement.Milliseconds / rawRows:N1}x, sweep warm / raw rows = {warm.Measurement.Milliseconds / rawRows:N1}x (raw rows {rawRows:N0} ms, raw counts {rawCounts:N0} ms)");
        var target = cold.Measurement.Milliseconds <= 10_000 && warm.Measurement.Milliseconds <= 10_000;
        Report.Line($"target     : <= 10 s: {(target ? "met" : "MISSED")} (cold {cold.Measurement.Milliseconds / 1000:N2} s, warm {warm.Measurement.Milliseconds / 1000:N2} s)");
        Report.Line($"process    : peak working set {Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64):N0} MB over the whole run (start-up included)");
        Report.Result(
            "sweep",
            options.Provider,
            ("raw_rows_ms", rawRows.ToString("F0", CultureInfo.InvariantCulture)),
            ("raw_counts_ms", rawCounts.ToString("F0", CultureInfo.InvariantCulture)),
            ("cold_ms", cold.Measurement.Milliseconds.ToString("F0", CultureInfo.InvariantCulture)),
            ("warm_ms", warm.Measurement.Milliseconds.ToString("F0", CultureInfo.InvariantCulture)),
            ("reminded", cold.Result.Reminded.ToString(CultureInfo.InvariantCulture)),
            ("overdue", cold.Result.Overdue.ToString(CultureInfo.InvariantCulture)),
            ("escalated", cold.Result.Escalated.ToString(CultureInfo.InvariantCulture)),
            ("notifications", cold.Result.Notifications.ToString(CultureInfo.InvariantCulture)),
            ("peak_ws_mb", Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64).ToString(CultureInfo.InvariantCulture)),
            ("sweep_max_ws_mb", Report.Mb(runs.Max(r => r.Measurement.MaxWorkingSet)).ToString(CultureInfo.InvariantCulture)),
            ("sweep_ws_growth_mb", Report.Mb(runs.Max(r => r.Measurement.MaxWorkingSet - r.Measurement.WorkingSetBefore)).ToString(CultureInfo.InvariantCulture)),
            ("sweep_max_heap_mb", Report.Mb(runs.Max(r => r.Measurement.MaxHeap)).ToString(CultureInfo.InvariantCulture)),
            ("sweep_alloc_mb", Report.Mb(runs.Max(r => r.Measurement.Allocated)).ToString(CultureInfo.InvariantCulture)),
            ("ratio_cold_raw", (cold.Measurement.Milliseconds / rawRows).ToString("F1", CultureInfo.InvariantCulture)),
            ("target", target ? "met" : "missed"));

        if (options.Explain)
        {
            Report.Line();
            await ExplainAsync(services, options.IsPostgres, cold.Commands, raw);
        }

        return 0;
    }

    private static async Task<(string, Measurement, long[])> MeasureRawAsync(IServiceProvider services, string name, string sql, RawSelection raw, bool counts)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = raw.Command(connection, sql);
        var values = new long[counts ? 3 : 1];
        var measurement = await Measurement.TakeAsync(async () =>
        {
            await using var reader = await command.ExecuteReaderAsync();
            if (counts)
            {
                await reader.ReadAsync();
                for (var i = 0; i < 3; i++)
                {
                    values[i] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
                }
            }
            else
            {
                // Every column the sweep inserts, read to the end and dropped.
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }

                    values[0]++;
                }
            }
        });
        return (name, measurement, values);
    }

    private static async Task<(ChaseDeadlinesResult, Measurement, IReadOnlyList<RecordedCommand>)> MeasureSweepAsync(IServiceProvider services, CommandRecorder recorder)
    {
        ChaseDeadlinesResult? result = null;
        recorder.Take();
        var measurement = await Measurement.TakeAsync(async () =>
        {
            recorder.Recording = true;
            try
            {
                // A fresh scope, as the job runner sends it.
                await using var scope = services.CreateAsyncScope();
                result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ChaseDeadlinesCommand());
            }
            finally
            {
                recorder.Recording = false;
            }
        });
        return (result!, measurement, recorder.Take());
    }

    /// <summary>The plans of the statements a sweep ran, with the values they ran with; on PostgreSQL executed and rolled back.</summary>
    private static async Task ExplainAsync(IServiceProvider services, bool postgres, IReadOnlyList<RecordedCommand> commands, RawSelection raw)
    {
        Report.Line(postgres
            ? "plans: EXPLAIN (ANALYZE, BUFFERS) of run 1's statements with run 1's values, each executed again in a transaction that is rolled back (the events exist by now, so every row conflicts, as in a warm run)"
            : "plans: EXPLAIN QUERY PLAN of run 1's statements with run 1's values");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var statements = commands.Where(c => c.Text.Contains("INSERT INTO", StringComparison.Ordinal))
            .Select(c => (c.Label, c.Text, c.Parameters))
            .Append(("raw rows (the baseline)", raw.RowsSql, raw.Parameters))
            .ToList();
        foreach (var (label, text, parameters) in statements)
        {
            Report.Line($"plan of {label}:");
            Report.Line(await PlanAsync(connection, postgres, text, parameters));
        }
    }

    /// <summary>
    /// The plan of one statement with the values it ran with, indented: on PostgreSQL EXPLAIN (ANALYZE,
    /// BUFFERS), executed in a transaction that is rolled back; on SQLite EXPLAIN QUERY PLAN.
    /// </summary>
    public static async Task<string> PlanAsync(DbConnection connection, bool postgres, string text, IReadOnlyList<RecordedParameter> parameters)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The service's own statements, recorded as it ran them.
        command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + text;
#pragma warning restore CA2100
        foreach (var p in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.Value = p.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var plan = new StringBuilder();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Append("      ").AppendLine(postgres ? reader.GetString(0) : $"{reader.GetValue(3)}");
            }
        }

        await transaction.RollbackAsync();
        return plan.ToString().TrimEnd();
    }

    /// <summary>The stages' selection as plain SQL, with the handler's dates as parameters.</summary>
    private sealed class RawSelection(DateOnly today, DateOnly remindUpTo, DateOnly overdueTo, DateOnly escalateTo)
    {
        // Intake is reminded of on its due day, a decision within the reminder window (ChaseDeadlinesCommandHandler).
        private const string IntakeOnItsDueDay =
            "a.\"DueDate\" >= @today AND ((a.\"Status\" = 'Submitted' AND a.\"DueDate\" <= @today) OR (a.\"Status\" = 'Accepted' AND a.\"DueDate\" <= @remindUpTo))";

        public string CountSql { get; } =
            $"""
            SELECT
              (SELECT COUNT(*) FROM "Applications" AS a WHERE {Chased} AND {IntakeOnItsDueDay}),
              (SELECT COUNT(*) FROM "Applications" AS a WHERE {Chased} AND a."DueDate" <= @overdueTo),
              (SELECT COUNT(*) FROM "Applications" AS a WHERE {Chased} AND a."DueDate" <= @escalateTo)
            """;

        public string RowsSql { get; } = string.Join(
            "\nUNION ALL\n",
            new[] { IntakeOnItsDueDay, "a.\"DueDate\" <= @overdueTo", "a.\"DueDate\" <= @escalateTo" }.Select(range =>
                $"""
                SELECT a."Id", CASE WHEN a."Status" = 'Submitted' THEN 'Intake' ELSE 'Decision' END, a."DueDate", a."DepartmentCode", a."CountyCode"
                FROM "Applications" AS a
                WHERE {Chased} AND {range}
                """));

        public IReadOnlyList<RecordedParameter> Parameters { get; } =
        [
            new("@today", today, System.Data.DbType.Date),
            new("@remindUpTo", remindUpTo, System.Data.DbType.Date),
            new("@overdueTo", overdueTo, System.Data.DbType.Date),
            new("@escalateTo", escalateTo, System.Data.DbType.Date),
        ];

        public DbCommand Command(DbConnection connection, string sql)
        {
            var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL with parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            foreach (var p in Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = p.Name;
                parameter.Value = p.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}

/// <summary>
/// Wall time of one operation, with the process's working set and managed heap sampled every 5 ms while
/// it runs (the peak of the process's lifetime would include start-up), and the bytes it allocated.
/// </summary>
internal sealed record Measurement(double Milliseconds, long WorkingSetBefore, long MaxWorkingSet, long HeapBefore, long MaxHeap, long HeapAfter, long GcHeapSize, long Allocated)
{
    public string Memory =>
        $"working set {Report.Mb(WorkingSetBefore):N0} → max {Report.Mb(MaxWorkingSet):N0} MB; " +
        $"managed heap {Report.Mb(HeapBefore):N0} → max {Report.Mb(MaxHeap):N0} → {Report.Mb(HeapAfter):N0} MB (GC heap size {Report.Mb(GcHeapSize):N0} MB); allocated {Allocated / 1024.0 / 1024:N1} MB";

    public static async Task<Measurement> TakeAsync(Func<Task> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        long maxWorkingSet = workingSetBefore, maxHeap = heapBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                maxWorkingSet = Math.Max(maxWorkingSet, Environment.WorkingSet);
                maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                await Task.Delay(5, CancellationToken.None);
            }
        });

        var watch = Stopwatch.StartNew();
        await operation();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        maxWorkingSet = Math.Max(maxWorkingSet, Environment.WorkingSet);
        var heapAfter = GC.GetTotalMemory(false);
        maxHeap = Math.Max(maxHeap, heapAfter);
        return new Measurement(
            watch.Elapsed.TotalMilliseconds, workingSetBefore, maxWorkingSet, heapBefore, maxHeap, heapAfter,
            GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalAllocatedBytes(true) - allocatedBefore);
    }
}
