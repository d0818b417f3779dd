using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ReliefPlatform.Bench;

/// <summary>
/// The real API on real Kestrel over a fresh SQLite file, configured as the functional tests do, plus
/// the bench-only bare endpoint (<see cref="BareSubmitEndpoint"/>).
/// </summary>
internal sealed class BenchApiFactory : WebApplicationFactory<global::Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "relief-bench");

    public BenchApiFactory()
    {
        DatabasePath = Path.Combine(_directory, $"{Guid.NewGuid():N}.db");
        UseKestrel(0);
    }

    public string DatabasePath { get; }

    /// <summary>Counts of what the API logged at Warning and above.</summary>
    public LogTally Logs { get; } = new();

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Starts the server and answers the address Kestrel listens on.</summary>
    public Uri Start()
    {
        Directory.CreateDirectory(_directory);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The API's appsettings are copied next to the bench; this works from any working directory
        // (the factory's own lookup reads MvcTestingAppManifest.json relative to the current one).
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Relief", ConnectionString);
        builder.UseSetting("Sms:Delivery", "Outbox");
        builder.UseSetting("Demo:Password", "Demo#2026");

        // As the functional tests: scheduled jobs (deadline sweep, SMS delivery) would fire in the middle of a
        // phase and fall on whichever endpoint runs then; the SMS outbox row is still written in the submission.
        builder.UseSetting("Jobs:Schedules:chase-deadlines", "never");
        builder.UseSetting("Jobs:Schedules:deliver-messages", "never");

        // appsettings.json says Default: Information; only warnings are written during a run.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(Logs);

            // Keep stdout for the results table: the console logger writes everything to stderr.
            logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, BareSubmitEndpoint.StartupFilter>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var jobs = Path.ChangeExtension(DatabasePath, ".jobs.db");
        foreach (var database in new[] { DatabasePath, jobs })
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
            {
                File.Delete(file);
            }
        }
    }
}
