using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Speech;

namespace ReliefPlatform.Infrastructure.Speech;

/// <summary>
/// Recordings made by eSpeak NG (Debian's <c>espeak-ng</c>), offline, kept under <c>Speech:Directory</c> by the
/// SHA-256 of the voice, the speed and the text: made once on first request, and a changed catalog text
/// gets a new file. The voice is <c>cmn-latn-pinyin</c>: Debian's plain <c>cmn</c> voice reads the pinyin
/// of many characters with English letter rules, which is noise (ADR 0041).
/// </summary>
internal sealed partial class EspeakSpeechSynthesizer(SpeechSettings settings, ILogger<EspeakSpeechSynthesizer> logger) : ISpeechSynthesizer, IDisposable
{
    // One engine at a time: a burst of first requests waits instead of starting a process each.
    private readonly SemaphoreSlim _engine = new(1, 1);

    public async Task<byte[]> SpeakAsync(string text, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{settings.Voice}\n{settings.WordsPerMinute}\n{text}")));
        var path = Path.Combine(settings.Directory, key[..2], key + ".wav");
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }

        await _engine.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return await File.ReadAllBytesAsync(path, cancellationToken);
            }

            var audio = await RunAsync(text, cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, audio, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return audio;
        }
        finally
        {
            _engine.Release();
        }
    }

    public void Dispose() => _engine.Dispose();

    private async Task<byte[]> RunAsync(string text, CancellationToken cancellationToken)
    {
        var output = Path.Combine(Path.GetTempPath(), $"relief-speech-{Guid.NewGuid():N}.wav");
        var start = new ProcessStartInfo(settings.Engine)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { "-v", settings.Voice, "-s", settings.WordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", output, "--stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = StartOrNull(start) ?? throw new SpeechUnavailableException($"The speech engine '{settings.Engine}' could not be started.");
            // The text goes in on standard input, never on the command line.
            await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
            process.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new SpeechUnavailableException("The speech engine did not finish in 30 seconds.");
            }

            var audio = File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : [];
            // A WAV header alone (44 bytes) is an engine that read nothing: say so rather than send silence.
            if (process.ExitCode != 0 || audio.Length <= 1_000 || !audio.AsSpan(0, 4).SequenceEqual("RIFF"u8))
            {
                LogFailed(logger, process.ExitCode, audio.Length, await errors);
                throw new SpeechUnavailableException("The speech engine made no recording.");
            }

            return audio;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private Process? StartOrNull(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            LogMissing(logger, settings.Engine, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speech engine {Engine} cannot be started: {Reason}")]
    private static partial void LogMissing(ILogger logger, string engine, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speech engine exited with {ExitCode} and {Bytes} bytes of audio: {Errors}")]
    private static partial void LogFailed(ILogger logger, int exitCode, int bytes, string errors);
}

/// <summary>What <c>Speech:*</c> configures.</summary>
internal sealed record SpeechSettings(string Engine, string Voice, int WordsPerMinute, string Directory);
