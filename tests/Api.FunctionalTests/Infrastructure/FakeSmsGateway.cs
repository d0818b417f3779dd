using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A stand-in SMS gateway on a real Kestrel port. It records every request and answers from a script
/// (take, fail with 503, refuse with 400, hang, drop the connection); once the script is spent it takes
/// everything.
/// </summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GatewayAnswer> _script = new();
    private readonly ConcurrentQueue<GatewayRequest> _received = new();

    public FakeSmsGateway()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/sms/send", AnswerAsync);
        _app.Start();
        Url = new Uri(new Uri(_app.Urls.First()), "/sms/send");
    }

    public Uri Url { get; }

    public IReadOnlyList<GatewayRequest> Received => [.. _received];

    /// <summary>Forgets what was received and answers the next requests as given.</summary>
    public void Script(params GatewayAnswer[] answers)
    {
        _script.Clear();
        _received.Clear();
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers;
        _received.Enqueue(new GatewayRequest(headers["X-Sms-Reference"], headers["X-Sms-Timestamp"], headers["X-Sms-Signature"], body.ToArray(), DateTimeOffset.UtcNow));
        switch (_script.TryDequeue(out var answer) ? answer : GatewayAnswer.Take)
        {
            case GatewayAnswer.Fail:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                break;
            case GatewayAnswer.Refuse:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case GatewayAnswer.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case GatewayAnswer.Drop:
                context.Abort();
                break;
            default:
                await context.Response.WriteAsJsonAsync(new { accepted = true });
                break;
        }
    }
}

public enum GatewayAnswer
{
    Take,
    Fail,
    Refuse,
    Hang,
    Drop,
}

public sealed record GatewayRequest(string? Reference, string? Timestamp, string? Signature, byte[] Body, DateTimeOffset ReceivedAt)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}

/// <summary>Keeps every log line the service writes, at every level, so a test can search them.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        // The structured values too: a JSON or Seq sink writes them even when the message does not show them.
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} "
                + (state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")) : string.Empty));
    }
}
