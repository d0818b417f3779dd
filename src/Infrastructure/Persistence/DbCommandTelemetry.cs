using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReliefPlatform.Application.Common.Telemetry;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// Every command the context sends, on every provider, as a client span and in
/// <c>db.client.operation.duration</c> (ADR 0036). One interceptor rather than each driver's own
/// instrumentation: SQLite's driver has none, and the three providers then report alike. The span
/// carries the statement as EF Core wrote it, with its parameter placeholders, never their values.
/// The time is until the first row is available, not until the reader is drained.
/// </summary>
internal sealed class DbCommandTelemetry : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<Guid, (Activity? Span, string Operation, long Started)> _running = new();
    private readonly Histogram<double> _duration;
    private readonly string _system;

    public DbCommandTelemetry(ReliefTelemetry telemetry, DatabaseProvider provider)
    {
        _system = provider switch
        {
            DatabaseProvider.PostgreSql => "postgresql",
            DatabaseProvider.SqlServer => "microsoft.sql_server",
            _ => "sqlite",
        };
        _duration = telemetry.Meter.CreateHistogram<double>(
            "db.client.operation.duration", "s", "Duration of database commands sent by the service's context.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10] });
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Begin(command, eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Begin(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Begin(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Begin(command, eventData, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        End(eventData.CommandId, null, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(eventData.CommandId, null, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => End(eventData.CommandId, null, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(eventData.CommandId, null, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => End(eventData.CommandId, null, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(End(eventData.CommandId, null, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(eventData.CommandId, eventData.Exception, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.CommandId, eventData.Exception, 0);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => End(eventData.CommandId, new OperationCanceledException(), 0);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.CommandId, new OperationCanceledException(), 0);
        return Task.CompletedTask;
    }

    private T Begin<T>(DbCommand command, CommandEventData eventData, T result)
    {
        var operation = Operation(command.CommandText);
        var parent = Activity.Current;

        // Started without becoming the current span: the caller's flow continues under its own span.
        var span = ReliefTelemetry.Source.StartActivity(operation, ActivityKind.Client);
        if (span is not null)
        {
            Activity.Current = parent;
            span.SetTag("db.system.name", _system);
            span.SetTag("db.operation.name", operation);
            span.SetTag("db.query.text", command.CommandText);
        }

        _running[eventData.CommandId] = (span, operation, Stopwatch.GetTimestamp());
        return result;
    }

    private T End<T>(Guid commandId, Exception? failure, T result)
    {
        if (!_running.TryRemove(commandId, out var running))
        {
            return result;
        }

        var elapsed = Stopwatch.GetElapsedTime(running.Started);
        var tags = new TagList { { "db.system.name", _system }, { "db.operation.name", running.Operation } };
        if (failure is not null)
        {
            tags.Add("error.type", failure.GetType().FullName);
        }

        _duration.Record(elapsed.TotalSeconds, tags);
        if (running.Span is { } span)
        {
            if (failure is not null)
            {
                span.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
                span.SetTag("error.type", failure.GetType().FullName);
            }

            var current = Activity.Current;
            span.Stop();
            Activity.Current = current;
        }

        return result;
    }

    /// <summary>The statement's first keyword (SELECT, INSERT, …; WITH for a common table expression), upper case.</summary>
    internal static string Operation(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--") && text.IndexOf('\n') is var newline and >= 0)
        {
            text = text[(newline + 1)..].TrimStart();
        }

        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end == 0 ? "unknown" : text[..end].ToString().ToUpperInvariant();
    }
}
