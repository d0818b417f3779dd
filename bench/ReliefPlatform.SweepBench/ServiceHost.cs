using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// The real service (Program.cs: AddApplication, AddInfrastructure, AddApiServices, and the database
/// initialisation it runs at start-up) on the given database, as a production node with its scheduler
/// off: no demo data, no scheduled sweep running behind the measured one.
/// </summary>
internal sealed class ServiceHost : WebApplicationFactory<global::Program>
{
    private readonly BenchOptions _options;

    public ServiceHost(BenchOptions options)
    {
        _options = options;

        // The factory looks for the API's content root before ConfigureWebHost runs: next to this program
        // (the API's appsettings.json is copied here), whatever the working directory.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RELIEFPLATFORM_API", AppContext.BaseDirectory);
    }

    /// <summary>The SQL statements the service's DbContext executed, with parameters and durations, while recording.</summary>
    public CommandRecorder Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The API's appsettings.json is copied next to this program; works from any working directory.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _options.Provider);
        builder.UseSetting("ConnectionStrings:Relief", _options.Connection);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Sms:Delivery", "Outbox");
        foreach (var (key, value) in BenchKeys())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Exports:Directory", Path.Combine(Path.GetTempPath(), $"relief-bench-exports-{Environment.ProcessId}"));
        builder.UseSetting("Exports:BackgroundRowThreshold", "20000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // A million-row export can keep the report run's supervisor waiting longer than a person's idle limit.
        builder.UseSetting("Auth:Sessions:Staff:IdleMinutes", "120");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);

            // Keep stdout for the results: the console logger writes everything to stderr.
            logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });

        // An observer only: the service's own DbContext configuration is kept, this interceptor is added to it.
        builder.ConfigureTestServices(services => services.ConfigureDbContext<ReliefDbContext>((_, o) => o.AddInterceptors(Commands)));
    }

    /// <summary>Builds the host (running the service's database initialisation) and answers its services.</summary>
    public IServiceProvider Start() => Services;

    /// <summary>
    /// Production refuses keys that are in the repository: the bench makes its own once and keeps them
    /// beside its databases, which it reuses across runs (SWEEP_BENCH_DIR, /tmp/relief-sweep-bench).
    /// </summary>
    private static Dictionary<string, string> BenchKeys()
    {
        var directory = Environment.GetEnvironmentVariable("SWEEP_BENCH_DIR") is { Length: > 0 } configured ? configured : "/tmp/relief-sweep-bench";
        var file = Path.Combine(directory, "keys.json");
        static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        static string DocumentKey()
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return key.ExportPkcs8PrivateKeyPem();
        }

        if (File.Exists(file))
        {
            // A keys file from before the written decisions gains their key (ADR 0037).
            var kept = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
            if (kept.TryAdd("Documents:SigningKey", DocumentKey()))
            {
                File.WriteAllText(file, JsonSerializer.Serialize(kept));
            }

            return kept;
        }

        var keys = new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = Random(),
            ["Auth:TotpKey"] = Random(),
            ["Audit:ChainKey"] = Random(),
            ["PersonalData:CurrentKeyId"] = "bench1",
            ["PersonalData:Keys:bench1"] = Random(),
            ["PersonalData:IndexKey"] = Random(),
            ["Documents:SigningKey"] = DocumentKey(),
        };
        Directory.CreateDirectory(directory);
        File.WriteAllText(file, JsonSerializer.Serialize(keys));
        return keys;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
