using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Api.Infrastructure.Logging;

/// <summary>
/// Stands between every logger and every log sink: messages, structured values and exception texts
/// pass through <see cref="PersonalDataRedactor"/> before any provider sees them, so a phone number in
/// a request path or an exception message is masked in the console, files and test captures alike.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = PersonalDataRedactor.Redact(formatter(state, exception));
            var values = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value is null ? null : PersonalDataRedactor.Redact(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))).ToList()
                : [];
            inner.Log(logLevel, eventId, new RedactedState(message, values), exception is null ? null : new RedactedException(exception), static (s, _) => s.Message);
        }
    }

    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    /// <summary>The original exception's type and text, redacted; sinks print <see cref="ToString"/>.</summary>
    private sealed class RedactedException(Exception original) : Exception(PersonalDataRedactor.Redact(original.Message))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString() => PersonalDataRedactor.Redact(original.ToString());
    }
}
