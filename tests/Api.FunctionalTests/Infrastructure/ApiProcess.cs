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

    public static ApiProcess Start(IReadOnlyDictionary<string, string> settings)
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
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__SigningKey"] = "test-signing-key-for-child-processes-0123456789";
        start.Environment["Sms__Delivery"] = "Outbox";
        start.Environment["PersonalData__CurrentKeyId"] = "t1";
        start.Environment["PersonalData__Keys__t1"] = "dGVzdCBrZXkgZm9yIGNoaWxkIHByb2Nlc3NlcyAwMTI=";
        start.Environment["PersonalData__IndexKey"] = "dGVzdCBpbmRleCBrZXkgZm9yIGNoaWxkIHByb2Nlc3M=";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("The API process did not start."));
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
