using System.Diagnostics;
using System.Globalization;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own (initdb and pg_ctl from Debian's package, a temporary data
/// directory, a free port, trust authentication for <c>relief</c> on 127.0.0.1), so the test can pause
/// it with SIGSTOP or stop it without touching the server the rest of the suite shares.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;

    private PrivatePostgres(string directory, string bin, int port)
    {
        _directory = directory;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database, int timeoutSeconds) =>
        $"Host=127.0.0.1;Port={Port};Username=relief;Database={database};Timeout={timeoutSeconds};Command Timeout={timeoutSeconds};Maximum Pool Size=20";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL's initdb was not found under /usr/lib/postgresql (./build.sh test installs it).");
        var directory = Directory.CreateTempSubdirectory("relief-pg-").FullName;
        var server = new PrivatePostgres(directory, bin, ApiProcess.FreePort());
        if (Environment.UserName == "root")
        {
            // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", "postgres:postgres", directory);
        }

        await server.AsOwnerAsync("initdb", "-D", Path.Combine(directory, "data"), "-U", "relief", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.AsOwnerAsync(
            "pg_ctl", "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -c listen_addresses=127.0.0.1 -k {directory} -c fsync=off", "start");
        return server;
    }

    /// <summary>SIGSTOP to the postmaster and every backend: the server is there but answers nothing, as a hung host would.</summary>
    public Task PauseAsync() => SignalAllAsync("STOP");

    public Task ResumeAsync() => SignalAllAsync("CONT");

    public async ValueTask DisposeAsync()
    {
        await ResumeAsync();
        try
        {
            await AsOwnerAsync("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task SignalAllAsync(string signal)
    {
        var pidFile = Path.Combine(_directory, "data", "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        var postmaster = int.Parse((await File.ReadAllLinesAsync(pidFile))[0], CultureInfo.InvariantCulture);
        var children = (await OutputOfAsync("pgrep", "-P", postmaster.ToString(CultureInfo.InvariantCulture)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture));
        foreach (var pid in children.Prepend(postmaster))
        {
            ApiProcess.Signal(pid, signal);
        }
    }

    private Task<string> AsOwnerAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static Task<string> RunAsync(string file, params string[] arguments) => OutputOfAsync(file, arguments, check: true);

    private static async Task<string> OutputOfAsync(string file, string[] arguments, bool check = false)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }

    private static Task<string> OutputOfAsync(string file, params string[] arguments) => OutputOfAsync(file, arguments, check: false);
}
