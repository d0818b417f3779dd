using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Debian's nginx started as a child process of the test (never the system service) with the site
/// configuration of <c>docs/OPERATIONS.md</c> §2, in a temporary prefix directory: only what names the
/// deployment (the nodes' addresses, the TLS listener, the server name) is replaced. Its access log
/// records which nodes each request went to, so nginx's own retries can be counted.
/// </summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;
    private readonly StringBuilder _output = new();

    private NginxProcess(Process process, string prefix, Uri baseAddress)
    {
        _process = process;
        _prefix = prefix;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

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

    /// <summary>Why nginx cannot run here, or null. <c>./build.sh test</c> installs Debian's package.</summary>
    public static string? MissingReason => File.Exists(Executable)
        ? null
        : $"nginx is not installed ({Executable}). Run the tests with ./build.sh test, which installs Debian's nginx package, or apt-get install nginx.";

    /// <summary>
    /// The <c>nginx</c> block of docs/OPERATIONS.md §2 for this machine: the nodes at
    /// <paramref name="nodes"/>, plain HTTP on <paramref name="listen"/>. Every replaced line must be
    /// there exactly once, so the runbook and the test cannot drift apart.
    /// </summary>
    public static string SiteFromRunbook(IReadOnlyList<Uri> nodes, string listen)
    {
        var runbook = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "OPERATIONS.md"));
        var blocks = NginxBlock().Matches(runbook);
        if (blocks.Count != 1)
        {
            throw new InvalidOperationException($"docs/OPERATIONS.md should hold one ```nginx block, not {blocks.Count}.");
        }

        var site = blocks[0].Groups["config"].Value;
        site = ReplaceOnce(site, "server 10.0.0.21:5080", $"server {nodes[0].Authority}");
        site = ReplaceOnce(site, "server 10.0.0.22:5080", $"server {nodes[1].Authority}");
        site = ReplaceOnce(site, "listen 443 ssl;", $"listen {listen};");
        site = ReplaceOnce(site, "server_name relief.example.gov.cn;", "server_name localhost;");
        return site;
    }

    /// <summary>Starts nginx in the foreground (<c>daemon off</c>) on <paramref name="listen"/> (address:port) with <paramref name="site"/>.</summary>
    public static NginxProcess Start(string site, string listen)
    {
        var prefix = Directory.CreateTempSubdirectory("relief-nginx-").FullName;
        // The access log says which nodes a request went to ("a, b" when nginx passed it on) and what each answered.
        var configuration = $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                log_format relief '$status|$request_method|$upstream_addr|$upstream_status|$request_time';
                access_log {{prefix}}/access.log relief;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
            {{site}}
            }
            """;
        var file = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(file, configuration);
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", file, "-p", prefix + "/", "-e", prefix + "/error.log" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        return new NginxProcess(process, prefix, new Uri($"http://{listen}"));
    }

    /// <summary>Waits until nginx accepts connections (any answer will do: the nodes may still be starting).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {Output} {ErrorLog()}");
            }

            try
            {
                using var socket = new System.Net.Sockets.TcpClient();
                await socket.ConnectAsync(BaseAddress.Host, BaseAddress.Port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (watch.Elapsed < patience)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The access log's lines so far, one per request.</summary>
    public IReadOnlyList<AccessLine> AccessLog()
    {
        var path = Path.Combine(_prefix, "access.log");
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AccessLine.Parse).ToList();
    }

    /// <summary>Waits until nginx logs a request answered by <paramref name="node"/> (address:port) from now on; returns how long that took.</summary>
    public async Task<TimeSpan> UntilServedByAsync(string node, TimeSpan patience)
    {
        var from = AccessLog().Count;
        var watch = Stopwatch.StartNew();
        while (!AccessLog().Skip(from).Any(l => l.Upstreams.Count > 0 && l.Upstreams[^1] == node && l.Status < 500))
        {
            if (watch.Elapsed > patience)
            {
                throw new TimeoutException($"nginx sent no request to {node} in {patience}: {ErrorLog()}");
            }

            await Task.Delay(100);
        }

        return watch.Elapsed;
    }

    public string ErrorLog()
    {
        var path = Path.Combine(_prefix, "error.log");
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM is nginx's fast shutdown: the master stops its workers and exits.
            ApiProcess.Signal(_process.Id, "TERM");
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    private static string ReplaceOnce(string text, string line, string replacement)
    {
        var count = Regex.Count(text, Regex.Escape(line));
        return count == 1
            ? text.Replace(line, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"docs/OPERATIONS.md's nginx block should hold '{line}' once, not {count} times.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReliefPlatform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (ReliefPlatform.sln) was not found above the test's directory.");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    [GeneratedRegex("```nginx\\n(?<config>.*?)```", RegexOptions.Singleline)]
    private static partial Regex NginxBlock();

    /// <summary>One request as nginx logged it: its status, method, and the nodes tried in order with their answers.</summary>
    public sealed record AccessLine(int Status, string Method, IReadOnlyList<string> Upstreams, IReadOnlyList<string> UpstreamStatuses, double Seconds)
    {
        /// <summary>nginx passed the request on to the other node.</summary>
        public bool PassedOn => Upstreams.Count > 1;

        public static AccessLine Parse(string line)
        {
            var parts = line.Split('|');
            static IReadOnlyList<string> List(string value) => value == "-" ? [] : value.Split(',', StringSplitOptions.TrimEntries);
            return new AccessLine(
                int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], List(parts[2]), List(parts[3]),
                double.Parse(parts[4], CultureInfo.InvariantCulture));
        }
    }
}
