using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// Records each command the service's DbContext runs while <see cref="Recording"/> is on: its text,
/// parameters, duration and rows affected, so that a sweep's time can be split by statement and its
/// statements explained with the values they ran with. While <see cref="Summing"/> is on it only adds up
/// count and duration by the statement's first keyword, for runs of too many statements to keep.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private readonly ConcurrentDictionary<string, (int Count, TimeSpan Duration)> _sums = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public bool Summing { get; set; }

    /// <summary>Count and duration (until the command returned its reader or count) by first keyword, since the last call.</summary>
    public IReadOnlyList<(string Keyword, int Count, TimeSpan Duration)> TakeSums()
    {
        var sums = _sums.Select(s => (s.Key, s.Value.Count, s.Value.Duration)).OrderByDescending(s => s.Duration).ToList();
        _sums.Clear();
        return sums;
    }

    public IReadOnlyList<RecordedCommand> Take()
    {
        var list = new List<RecordedCommand>();
        while (_commands.TryDequeue(out var command))
        {
            list.Add(command);
        }

        return list;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, result);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData, result);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, -1);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, -1);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData, int rows)
    {
        if (Summing)
        {
            var text = command.CommandText.AsSpan().TrimStart();
            var end = text.IndexOfAny(" \n\r\t");
            var keyword = (end < 0 ? text : text[..end]).ToString();
            _sums.AddOrUpdate(keyword, _ => (1, eventData.Duration), (_, s) => (s.Count + 1, s.Duration + eventData.Duration));
        }

        if (Recording)
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => new RecordedParameter(p.ParameterName, p.Value, p.DbType)).ToList();
            _commands.Enqueue(new RecordedCommand(command.CommandText, parameters, eventData.Duration, rows));
        }
    }
}

internal sealed record RecordedParameter(string Name, object? Value, System.Data.DbType DbType);

internal sealed record RecordedCommand(string Text, IReadOnlyList<RecordedParameter> Parameters, TimeSpan Duration, int RowsAffected)
{
    /// <summary>A one-line label: what the statement writes or reads, and its WHERE clause.</summary>
    public string Label
    {
        get
        {
            var lines = Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var target = lines.FirstOrDefault() ?? "";
            target = target.Length > 40 ? target[..40] : target;
            var where = lines.FirstOrDefault(l => l.Contains("WHERE", StringComparison.Ordinal)) ?? "";
            where = where[Math.Max(0, where.IndexOf("WHERE", StringComparison.Ordinal))..];
            var label = $"{target} … {where}";
            return label.Length > 140 ? label[..140] + "…" : label;
        }
    }
}
