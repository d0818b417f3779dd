using System.Globalization;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Verbs over one database: <c>seed</c> fills it with open applications (a load-test tool operators
/// can use too), <c>sweep</c> times one deadline sweep through the real service against one raw SQL
/// statement that selects the same rows, with memory; <c>snapshot</c> and <c>report</c> the report
/// benchmark; <c>seed-households</c> and <c>households</c> the re-evaluation of the monitoring register
/// after a threshold change.
/// </summary>
internal static class SweepBenchProgram
{
    public const string Usage =
        """
        ReliefPlatform deadline-sweep benchmark

          seed  --provider Sqlite|PostgreSQL --connection "<cs>" --count 1000000 [--batch 5000] [--append] [--seed 20261122] [--no-verify] [--cache-mb 512] [--year]
                Migrates the database with the service's own start-up (migrations, catalog, calendar; no demo data)
                and inserts <count> open applications (40% Submitted, 50% Accepted, 10% InfoRequested) with their
                history, in batches: binary COPY on PostgreSQL, a prepared INSERT per row in one transaction per
                batch on SQLite. Refuses a database that already has applications unless --append.
                --year instead draws a year of traffic for the report benchmark: filed over the last 365 days,
                88% decided (not accepted, approved or rejected, about 85% on time), the rest open.

          snapshot --provider … --connection "<cs>"
                Takes the nightly statistics snapshot for every day of the last year (the daily-statistics job's
                command), timed.

          report --provider … --connection "<cs>" [--runs 20] [--format xlsx|csv]
                Signs in a province supervisor over HTTP and times the yearly province-wide report by department
                (<runs> times), then one full-year detail export through the background path (queued, written by
                the export job's command, downloaded), with the process's working set and managed heap sampled.

          sweep --provider Sqlite|PostgreSQL --connection "<cs>" [--runs 2] [--reset-events] [--explain]
                Times the statement(s) that select what the sweep's three stages select, then sends
                ChaseDeadlinesCommand through IMediator <runs> times (the first raises the events, later ones
                find them raised), with working set and managed heap. --reset-events first deletes every
                deadline event and staff notification (load-test databases only) so that the first run is cold.
                --explain prints the query plans of the sweep's statements.

          seed-households --provider … --connection "<cs>" --count 1000000 [--batch 5000] [--append] [--seed N] [--no-verify] [--cache-mb 512]
                Migrates the database with the service's own start-up and inserts <count> households on the
                monitoring register: 1–6 members (ID numbers valid, encrypted as the service stores them,
                from a pool encrypted once), in townships of the province's counties, incomes spread across
                the lines, each evaluated under the figures in force with the level change that records.
                Refuses a database that already has households unless --append.

          households --provider … --connection "<cs>" [--runs 2] [--explain]
                An administrator changes the province's figures over HTTP (the PUT that starts the
                evaluate-households job: poverty line 4,000 ↔ 4,300, monitoring line 7,000 ↔ 8,000), then
                EvaluateHouseholdsCommand is sent through IMediator <runs> times, timed with memory (the
                first run evaluates every household, later ones find nothing to do). The level changes are
                checked against the rules applied in memory beforehand. --explain: the keyset read's plan.
        """;

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (!BenchOptions.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            return options.Verb switch
            {
                "seed" => await Seeder.RunAsync(options),
                "sweep" => await SweepRunner.RunAsync(options),
                "snapshot" => await ReportRunner.SnapshotAsync(options),
                "report" => await ReportRunner.RunAsync(options),
                "seed-households" => await HouseholdSeeder.RunAsync(options),
                "households" => await HouseholdRunner.RunAsync(options),
                _ => 2,
            };
        }
        catch (BenchException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }
}

/// <summary>A failure the operator can act on: printed without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);

internal sealed record BenchOptions(
    string Verb,
    string Provider,
    string Connection,
    int Count,
    int Batch,
    bool Append,
    int RandomSeed,
    bool Verify,
    int Runs,
    bool ResetEvents,
    bool Explain,
    int CacheMb,
    bool Year = false,
    string Format = "xlsx")
{
    public bool IsPostgres => string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string[] args, out BenchOptions options, out string error)
    {
        options = new BenchOptions(args[0], "", "", 0, 5000, false, 20261122, true, 2, false, false, 512);
        error = "";
        if (args[0] is not ("seed" or "sweep" or "snapshot" or "report" or "seed-households" or "households"))
        {
            error = $"Unknown verb '{args[0]}': use seed, sweep, snapshot, report, seed-households or households.";
            return false;
        }

        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            try
            {
                options = name switch
                {
                    "--provider" => options with { Provider = Value() },
                    "--connection" => options with { Connection = Value() },
                    "--count" => options with { Count = int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) },
                    "--batch" => options with { Batch = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--append" => options with { Append = true },
                    "--seed" => options with { RandomSeed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--no-verify" => options with { Verify = false },
                    "--runs" => options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--reset-events" => options with { ResetEvents = true },
                    "--explain" => options with { Explain = true },
                    "--cache-mb" => options with { CacheMb = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--year" => options with { Year = true },
                    "--format" => options with { Format = Value() },
                    _ => throw new ArgumentException($"Unknown option '{name}'."),
                };
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
            {
                error = ex.Message;
                return false;
            }
        }

        if (options.Provider is not ("Sqlite" or "PostgreSQL"))
        {
            error = "--provider must be Sqlite or PostgreSQL.";
            return false;
        }

        if (options.Connection.Length == 0)
        {
            error = "--connection is required (e.g. \"Data Source=/tmp/relief-sweep.db\" or \"Host=127.0.0.1;Username=relief;Password=relief;Database=relief_sweep_bench\").";
            return false;
        }

        if (options.Verb is "seed" or "seed-households" && (options.Count < 1 || options.Batch < 1))
        {
            error = "--count and --batch must be positive.";
            return false;
        }

        if (options.Runs < 1)
        {
            error = "--runs must be at least 1.";
            return false;
        }

        return true;
    }
}
