using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReliefPlatform.Bench;

/// <summary>
/// Counts what the API logs at Warning and above during a run (slow-request warnings, database errors),
/// so the summary can say how often it happened; the console logger still writes each one, to stderr.
/// </summary>
internal sealed class LogTally : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(LogTally tally, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var name = category[(category.LastIndexOf('.') + 1)..];
            if (name.Contains('[', StringComparison.Ordinal))
            {
                name = name[..name.IndexOf('[', StringComparison.Ordinal)];
            }

            var message = formatter(state, exception);
            var what = message.StartsWith("Slow request", StringComparison.Ordinal) ? "slow request (> 500 ms)" : $"event {eventId.Id}";
            tally._counts.AddOrUpdate($"{logLevel} {name}: {what}", 1, (_, n) => n + 1);
        }
    }
}
