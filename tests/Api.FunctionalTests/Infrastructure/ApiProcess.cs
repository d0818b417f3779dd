using System.Diagnostics;
using System.Text;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The built API started as a separate process (<c>dotnet ReliefPlatform.Api.dll</c>), so a test can
/// run several nodes at once or kill one with SIGKILL, as a crash would.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>Where the process listens, when it was started with a port.</summary>
    public Uri? BaseAddress { get; private init; }

    /// <summary>Starts the API listening on <paramref name="port"/> of 127.0.0.1.</summary>
    public static ApiProcess Start(IReadOnlyDictionary<string, string> settings, int port)
    {
        var url = $"http://127.0.0.1:{port}";
        return new ApiProcess(Launch(settings, url)) { BaseAddress = new Uri(url) };
    }

    /// <summary>A TCP port nobody listens on at the moment.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Sends a POSIX signal (TERM, STOP, CONT, KILL) to a process.</summary>
    public static void Signal(int processId, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGTERM, as an orchestrator stops a node; waits for the process to end and returns its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan patience)
    {
        Signal(_process.Id, "TERM");
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the database migrated and reachable).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan patience)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API process exited with {_process.ExitCode}: {Tail(Output)}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (watch.Elapsed > patience)
            {
                throw new TimeoutException($"The API process was not ready after {patience}: {Tail(Output)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The environment a child process of the API gets: Production with this test run's keys, then <paramref name="settings"/>.</summary>
    public static Dictionary<string, string> ChildEnvironment(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Sms__Delivery"] = "Outbox",
            ["Telemetry__Metrics__Port"] = "0",
        };
        foreach (var (key, value) in TestKeys.Production("t1"))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    private static string Tail(string text) => text.Length > 3000 ? text[^3000..] : text;

    public static ApiProcess Start(IReadOnlyDictionary<string, string> settings) => new(Launch(settings, "http://127.0.0.1:0"));

    private static Process Launch(IReadOnlyDictionary<string, string> settings, string url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReliefPlatform.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var (key, value) in ChildEnvironment(settings))
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The API process did not start.");
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, no flushing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
