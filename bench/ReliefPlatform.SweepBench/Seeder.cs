using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// <c>seed</c>: the database is created and migrated by the service's own start-up, then filled with
/// generated open applications in batches, after a check that the bulk path writes byte-for-byte what
/// EF's SaveChanges writes.
/// </summary>
internal static class Seeder
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        Report.Header("seed", options);
        var initWatch = Stopwatch.StartNew();
        await using var host = new ServiceHost(options);
        var services = host.Start();
        initWatch.Stop();
        Report.Line($"start-up   : {initWatch.ElapsedMilliseconds:N0} ms (migrations, catalog and calendar as the service runs them; no demo data)");

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ReliefDbContext>();
        var existing = await db.Applications.LongCountAsync();
        if (existing > 0 && !options.Append)
        {
            throw new BenchException(
                $"the database already has {existing:N0} applications. Seed a fresh database, or pass --append to add {options.Count:N0} more.");
        }

        var catalog = await provider.GetRequiredService<ICatalog>().GetAsync(CancellationToken.None);
        var calendar = await provider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        var policy = provider.GetRequiredService<DeadlinePolicy>();
        var regions = provider.GetRequiredService<IRegionDirectory>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var generator = new ApplicationGenerator(catalog, calendar, regions, policy, provider.GetRequiredService<IPersonalDataIndex>(), now, options.RandomSeed, existing);
        var zones = new DueZones(generator.Today, policy.RemindUpTo(generator.Today, calendar), policy.EscalateBefore(generator.Today, calendar));
        Report.Line($"catalog    : {catalog.Items.Count} items in {catalog.Departments.Count} departments; {generator.CountyCount} counties; today {generator.Today:yyyy-MM-dd} (China)");
        Report.Line($"zones      : remind due {zones.Today:yyyy-MM-dd}..{zones.RemindUpTo:yyyy-MM-dd}, overdue due <= {zones.Today.AddDays(-1):yyyy-MM-dd}, escalate due <= {zones.EscalateBefore.AddDays(-1):yyyy-MM-dd}");

        var applications = TableShape.Of<ReliefApplication>(db);
        var history = TableShape.Of<ApplicationHistoryEntry>(db);
        await using var writer = await BulkWriter.OpenAsync(options, applications, history);
        if (options.Verify)
        {
            var probe = new ApplicationGenerator(catalog, calendar, regions, policy, provider.GetRequiredService<IPersonalDataIndex>(), now, options.RandomSeed + 1, existing + options.Count);
            await VerifyAsync(db, writer, probe, options.IsPostgres);
        }

        if (existing > 0)
        {
            Report.Line($"append     : {existing:N0} applications already there; adding {options.Count:N0}");
        }

        long historyRows = 0;
        var load = await BatchedLoad.RunAsync(
            options,
            writer.Connection,
            () =>
            {
                var generated = options.Year ? generator.NextOfYear() : generator.Next();
                zones.Count(generated);
                historyRows += generated.Application.History.Count;
                return generated;
            },
            (batch, transaction) => writer.WriteAsync(batch, transaction, asGenerated: options.Year),
            "rows");
        var (written, total) = (load.Written, load.Total);
        var analyze = Stopwatch.StartNew();
        if (options.IsPostgres)
        {
            // What autovacuum would do within a minute of a load this size; the planner needs the statistics.
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Applications\"; ANALYZE \"ApplicationHistory\"");
        }

        analyze.Stop();
        var rate = written / total.TotalSeconds;
        Report.Line();
        Report.Line($"seeded     : {written:N0} applications + {historyRows:N0} history rows in {total.TotalSeconds:N1} s = {rate:N0} applications/s");
        Report.Line($"             generating (domain) {load.Generating.TotalSeconds:N1} s, writing {load.Writing.TotalSeconds:N1} s; batch {options.Batch:N0}");
        if (options.IsPostgres)
        {
            Report.Line($"analyze    : {analyze.ElapsedMilliseconds:N0} ms");
        }

        Report.Line($"statuses   : {zones.Submitted:N0} Submitted, {zones.Accepted:N0} Accepted, {zones.InfoRequested:N0} InfoRequested");
        Report.Line($"due dates  : {zones.Describe(written)}; {generator.DueDatesSetDirectly:N0} stored as drawn (not reachable from a past date by the item's limit)");
        Report.Line($"expected   : a sweep today raises Reminder {zones.Reminder:N0}, Overdue {zones.Overdue:N0}, Escalated {zones.Escalated:N0}");
        Report.Line($"database   : {await Report.DatabaseSizeAsync(db, options):N0} MB");
        Report.Line($"memory     : peak working set {Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64):N0} MB, managed heap {Report.Mb(GC.GetGCMemoryInfo().HeapSizeBytes):N0} MB");
        Report.Result(
            "seed",
            options.Provider,
            ("rows", written.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("history", historyRows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("seconds", total.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)),
            ("rows_per_s", rate.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)),
            ("peak_ws_mb", Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>
    /// Writes one application with its history through EF (SaveChanges) and once through the bulk path,
    /// each in a transaction that is rolled back, and compares the stored rows column by column (personal
    /// data by its key id: each encryption draws its own nonce).
    /// </summary>
    private static async Task VerifyAsync(ReliefDbContext db, BulkWriter writer, ApplicationGenerator probe, bool postgres)
    {
        GeneratedApplication generated;
        do
        {
            generated = probe.Next();
        }
        while (generated.Application.Status != ApplicationStatus.InfoRequested);

        var application = generated.Application;
        List<string> efApplication, efHistory;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            efApplication = await RawRows.ReadAsync(connection, dbTransaction, postgres, "Applications", "Id", application.Id, "Id");
            efHistory = await RawRows.ReadAsync(connection, dbTransaction, postgres, "ApplicationHistory", "ApplicationId", application.Id, "Sequence");
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        List<string> bulkApplication, bulkHistory;
        await using (var transaction = await writer.Connection.BeginTransactionAsync())
        {
            await writer.WriteAsync([generated], transaction, asGenerated: true);
            bulkApplication = await RawRows.ReadAsync(writer.Connection, transaction, postgres, "Applications", "Id", application.Id, "Id");
            bulkHistory = await RawRows.ReadAsync(writer.Connection, transaction, postgres, "ApplicationHistory", "ApplicationId", application.Id, "Sequence");
            await transaction.RollbackAsync();
        }

        if (!efApplication.SequenceEqual(bulkApplication) || !efHistory.SequenceEqual(bulkHistory) || efApplication.Count != 1 || efHistory.Count != 3)
        {
            throw new BenchException(
                "the bulk path does not write what EF writes; nothing was seeded.\n" +
                $"EF  : {string.Join("\n      ", efApplication.Concat(efHistory))}\nbulk: {string.Join("\n      ", bulkApplication.Concat(bulkHistory))}");
        }

        Report.Line("verified   : one application (InfoRequested, 3 history rows) written by EF SaveChanges and by the bulk path is stored identically:");
        Report.Line($"             {efApplication[0]}");
        Report.Line($"             {efHistory[^1]}");
    }

    /// <summary>Which stage each generated application falls in today, to check the sweep's counts against.</summary>
    private sealed class DueZones(DateOnly today, DateOnly remindUpTo, DateOnly escalateBefore)
    {
        public DateOnly Today { get; } = today;

        public DateOnly RemindUpTo { get; } = remindUpTo;

        public DateOnly EscalateBefore { get; } = escalateBefore;

        public long Submitted { get; private set; }

        public long Accepted { get; private set; }

        public long InfoRequested { get; private set; }

        public long Reminder { get; private set; }

        public long Overdue { get; private set; }

        public long Escalated { get; private set; }

        private long AllReminder { get; set; }

        private long AllOverdue { get; set; }

        private long AllEscalated { get; set; }

        public void Count(GeneratedApplication generated)
        {
            var status = generated.Application.Status;
            Submitted += status == ApplicationStatus.Submitted ? 1 : 0;
            Accepted += status == ApplicationStatus.Accepted ? 1 : 0;
            InfoRequested += status == ApplicationStatus.InfoRequested ? 1 : 0;
            var due = generated.DueDate;
            var reminder = due >= Today && due <= RemindUpTo;
            var overdue = due < Today;
            var escalated = due < EscalateBefore;
            AllReminder += reminder ? 1 : 0;
            AllOverdue += overdue ? 1 : 0;
            AllEscalated += escalated ? 1 : 0;
            if (status is ApplicationStatus.Submitted or ApplicationStatus.Accepted)
            {
                Reminder += reminder ? 1 : 0;
                Overdue += overdue ? 1 : 0;
                Escalated += escalated ? 1 : 0;
            }
        }

        public string Describe(long total) =>
            $"{100.0 * AllReminder / total:N1}% in the reminder window, {100.0 * AllOverdue / total:N1}% overdue, {100.0 * AllEscalated / total:N1}% past the escalation line";
    }
}

/// <summary>Generated rows written in batches of <c>--batch</c>, one transaction each, with progress every 100,000.</summary>
internal static class BatchedLoad
{
    public static async Task<Loaded> RunAsync<T>(BenchOptions options, DbConnection connection, Func<T> next, Func<IReadOnlyList<T>, DbTransaction, Task> write, string unit)
    {
        var batch = new List<T>(options.Batch);
        var generateWatch = new Stopwatch();
        var writeWatch = new Stopwatch();
        var total = Stopwatch.StartNew();
        long written = 0, nextReport = 100_000;
        while (written < options.Count)
        {
            batch.Clear();
            var size = (int)Math.Min(options.Batch, options.Count - written);
            generateWatch.Start();
            for (var i = 0; i < size; i++)
            {
                batch.Add(next());
            }

            generateWatch.Stop();
            writeWatch.Start();
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await write(batch, transaction);
                await transaction.CommitAsync();
            }

            writeWatch.Stop();
            written += size;
            if (written >= nextReport || written == options.Count)
            {
                Report.Line($"  {written,11:N0} {unit}  {total.Elapsed.TotalSeconds,7:N1} s  {written / total.Elapsed.TotalSeconds,9:N0} {unit}/s");
                nextReport += 100_000;
            }
        }

        return new Loaded(written, generateWatch.Elapsed, writeWatch.Elapsed, total.Elapsed);
    }

    public sealed record Loaded(long Written, TimeSpan Generating, TimeSpan Writing, TimeSpan Total);
}

/// <summary>Console output: readable lines, and one <c>RESULT</c> line per verb for scripts.</summary>
internal static class Report
{
    public static void Line(string text = "") => Console.WriteLine(text);

    public static void Header(string verb, BenchOptions options)
    {
        Line($"== ReliefPlatform sweep bench: {verb} on {options.Provider}");
        Line($"machine    : {Environment.ProcessorCount} cores{CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {LoadAverage()}");
        Line($"runtime    : {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
        Line($"database   : {Redacted(options.Connection)}");
    }

    public static void Result(string verb, string provider, params (string Key, string Value)[] values) =>
        Line($"RESULT {verb} provider={provider} {string.Join(" ", values.Select(v => $"{v.Key}={v.Value}"))}");

    public static long Mb(long bytes) => bytes / (1024 * 1024);

    public static async Task<long> DatabaseSizeAsync(ReliefDbContext db, BenchOptions options)
    {
        if (options.IsPostgres)
        {
            var bytes = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
            return Mb(bytes);
        }

        var path = new SqliteConnectionStringBuilder(options.Connection).DataSource;
        return Mb(new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? "" : $" ({line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()})";
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string Redacted(string connection) =>
        System.Text.RegularExpressions.Regex.Replace(connection, "(?i)(password|pwd)=[^;]*", "$1=***");
}
