using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// <c>seed-households</c>: the database is created and migrated by the service's own start-up, then
/// filled with generated households, each with its members and the level change of its first
/// evaluation, in batches, after a check that the bulk path writes what EF's SaveChanges writes.
/// </summary>
internal static class HouseholdSeeder
{
    private const int PoolSize = 65_536;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Report.Header("seed-households", options);
        var initWatch = Stopwatch.StartNew();
        await using var host = new ServiceHost(options);
        var services = host.Start();
        initWatch.Stop();
        Report.Line($"start-up   : {initWatch.ElapsedMilliseconds:N0} ms (migrations and seed data as the service runs them; no demo data)");

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ReliefDbContext>();
        var existing = await db.Households.LongCountAsync();
        if (existing > 0 && !options.Append)
        {
            throw new BenchException(
                $"the database already has {existing:N0} households. Seed a fresh database, or pass --append to add {options.Count:N0} more.");
        }

        var shapes = new HouseholdShapes(db);
        var regions = provider.GetRequiredService<IRegionDirectory>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var year = ChinaTime.DateOf(now).Year;
        var thresholds = await db.MonitoringThresholds.AsNoTracking().ToListAsync();
        var rules = provider.GetRequiredService<MonitoringRuleSet>();
        var poolWatch = Stopwatch.StartNew();
        var pool = new IdNumberPool(regions, provider.GetRequiredService<IPersonalDataIndex>(), shapes.Members.Columns[shapes.MemberIdNumber], PoolSize);
        poolWatch.Stop();
        var generator = new HouseholdGenerator(regions, rules, thresholds, year, pool, now, options.RandomSeed ^ (int)existing);
        var current = MonitoringThresholds.For(thresholds, year, regions.ProvinceCode)!;
        Report.Line($"figures    : {current.Key}: poverty {current.PovertyLine:N0}, warning {current.WarningLine:N0}, monitoring {current.MonitoringLine:N0}, large spending {current.LargeSpendingLine:N0}");
        Report.Line($"regions    : townships of {generator.CountyCount} counties; ID numbers: {PoolSize:N0} encrypted once in {poolWatch.ElapsedMilliseconds:N0} ms and reused");

        await using var writer = await TableWriter.OpenAsync(options);
        if (options.Verify)
        {
            var probe = new HouseholdGenerator(regions, rules, thresholds, year, pool, now, options.RandomSeed + 1);
            await VerifyAsync(db, writer, shapes, probe, options.IsPostgres);
        }

        var members = new List<IdNumberPool.Entry>(6);
        var levels = new long[6];
        long memberRows = 0;
        var load = await BatchedLoad.RunAsync(
            options,
            writer.Connection,
            () =>
            {
                var household = generator.Next(members);
                levels[(int)household.Level]++;
                memberRows += members.Count;
                return (household, members.ToArray());
            },
            (batch, transaction) => shapes.WriteAsync(writer, batch, transaction),
            "households");
        var (written, total) = (load.Written, load.Total);
        var analyze = Stopwatch.StartNew();
        if (options.IsPostgres)
        {
            // What autovacuum would do within a minute of a load this size; the planner needs the statistics.
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Households\"; ANALYZE \"HouseholdMembers\"; ANALYZE \"HouseholdLevelChanges\"");
        }

        analyze.Stop();
        var rate = written / total.TotalSeconds;
        Report.Line();
        Report.Line($"seeded     : {written:N0} households + {memberRows:N0} members + {written:N0} level changes in {total.TotalSeconds:N1} s = {rate:N0} households/s");
        Report.Line($"             generating (domain) {load.Generating.TotalSeconds:N1} s, writing {load.Writing.TotalSeconds:N1} s; batch {options.Batch:N0}");
        if (options.IsPostgres)
        {
            Report.Line($"analyze    : {analyze.ElapsedMilliseconds:N0} ms");
        }

        Report.Line($"levels     : {string.Join(", ", Enum.GetValues<WarningLevel>().Select(l => $"{l} {levels[(int)l]:N0} ({100.0 * levels[(int)l] / written:N1}%)"))}");
        Report.Line($"database   : {await Report.DatabaseSizeAsync(db, options):N0} MB");
        Report.Line($"memory     : peak working set {Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64):N0} MB, managed heap {Report.Mb(GC.GetGCMemoryInfo().HeapSizeBytes):N0} MB");
        Report.Result(
            "seed-households",
            options.Provider,
            ("households", written.ToString(CultureInfo.InvariantCulture)),
            ("members", memberRows.ToString(CultureInfo.InvariantCulture)),
            ("seconds", total.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)),
            ("households_per_s", rate.ToString("F0", CultureInfo.InvariantCulture)),
            ("peak_ws_mb", Report.Mb(Process.GetCurrentProcess().PeakWorkingSet64).ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>
    /// Writes one household with its members and first level change through EF (SaveChanges) and once
    /// through the bulk path, each in a transaction that is rolled back, and compares the stored rows
    /// column by column (personal data by its key id: each encryption draws its own nonce), and decrypts the
    /// members' pooled ID numbers.
    /// </summary>
    private static async Task VerifyAsync(ReliefDbContext db, TableWriter writer, HouseholdShapes shapes, HouseholdGenerator probe, bool postgres)
    {
        var members = new List<IdNumberPool.Entry>();
        Household household;
        do
        {
            household = probe.Next(members);
        }
        while (members.Count < 3 || household.Changes.Count != 1);

        List<string> ef, bulk;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Households.Add(household);
            await db.SaveChangesAsync();
            ef = await ReadAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), postgres, household.Id);
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        await using (var transaction = await writer.Connection.BeginTransactionAsync())
        {
            await shapes.WriteAsync(writer, [(household, [.. members])], transaction);
            bulk = await ReadAsync(writer.Connection, transaction, postgres, household.Id);
            var stored = await RawRows.ValuesAsync(writer.Connection, transaction, "SELECT \"IdNumber\" FROM \"HouseholdMembers\" WHERE \"HouseholdId\" = @key", household.Id);
            var decrypted = stored.Select(v => (string)shapes.Members.Columns[shapes.MemberIdNumber].Mapping.Converter!.ConvertFromProvider(v)!);
            if (!decrypted.Order(StringComparer.Ordinal).SequenceEqual(household.Members.Select(m => m.IdNumber).Order(StringComparer.Ordinal)))
            {
                throw new BenchException("the pooled ciphertexts of the members' ID numbers do not decrypt to their ID numbers; nothing was seeded.");
            }

            await transaction.RollbackAsync();
        }

        if (!ef.SequenceEqual(bulk))
        {
            throw new BenchException(
                $"the bulk path does not write what EF writes; nothing was seeded.\nEF  : {string.Join("\n      ", ef)}\nbulk: {string.Join("\n      ", bulk)}");
        }

        Report.Line($"verified   : one household ({members.Count} members, its first level change) written by EF SaveChanges and by the bulk path is stored identically");
        Report.Line($"             (encrypted columns by key id; the pooled ID numbers decrypt to the members'):");
        Report.Line($"             {ef[0]}");
        Report.Line($"             {ef[^1]}");
    }

    private static async Task<List<string>> ReadAsync(DbConnection connection, DbTransaction transaction, bool postgres, Guid id)
    {
        var rows = await RawRows.ReadAsync(connection, transaction, postgres, "Households", "Id", id, "Id");
        rows.AddRange(await RawRows.ReadAsync(connection, transaction, postgres, "HouseholdMembers", "HouseholdId", id, "Id"));
        rows.AddRange(await RawRows.ReadAsync(connection, transaction, postgres, "HouseholdLevelChanges", "HouseholdId", id, "Id"));
        return rows;
    }

    /// <summary>The three tables as the model maps them; a member's household and stored ID number are set here.</summary>
    private sealed class HouseholdShapes(ReliefDbContext db)
    {
        public TableShape Households { get; } = TableShape.Of<Household>(db);

        public TableShape Members { get; } = TableShape.Of<HouseholdMember>(db, "HouseholdId", nameof(HouseholdMember.IdNumber));

        public TableShape Changes { get; } = TableShape.Of<HouseholdLevelChange>(db);

        public int MemberIdNumber => Members.IndexOf(nameof(HouseholdMember.IdNumber));

        private int MemberHousehold => Members.IndexOf("HouseholdId");

        public async Task WriteAsync(TableWriter writer, IReadOnlyList<(Household Household, IdNumberPool.Entry[] Members)> batch, DbTransaction transaction)
        {
            await writer.WriteAsync(Households, batch, (h, values) => Households.ValuesOf(h.Household, values), transaction);
            var householdColumn = Members.Columns[MemberHousehold];
            await writer.WriteAsync(
                Members,
                batch.SelectMany(h => h.Household.Members.Select((m, i) => (h.Household.Id, Member: m, Stored: h.Members[i].StoredIdNumber))),
                (m, values) =>
                {
                    Members.ValuesOf(m.Member, values);
                    values[MemberHousehold] = householdColumn.ToProvider(m.Id);
                    values[MemberIdNumber] = m.Stored;
                },
                transaction);
            await writer.WriteAsync(Changes, batch.SelectMany(h => h.Household.Changes), Changes.ValuesOf, transaction);
        }
    }
}
