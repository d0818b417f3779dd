using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Common.Telemetry;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Infrastructure.BackgroundJobs;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.Telemetry;

/// <summary>
/// Gauges read from the database (ADR 0036): the SMS outbox's backlog, the age of its oldest message and
/// the messages given up; open and overdue applications by department from the last statistics
/// snapshot (the nightly job already adds them up, so no application is scanned); each job's last
/// success. Every node reports the same values, read at most once per <c>Telemetry:Metrics:GaugeCacheSeconds</c>
/// (15 s by default) however often it is scraped; each read is an index lookup or a small aggregate.
/// </summary>
internal sealed partial class OperationalGauges
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _cacheFor;
    private readonly ILogger<OperationalGauges> _logger;
    private readonly Lock _gate = new();
    private Snapshot _snapshot = Snapshot.Empty;
    private long _readAt;

    public OperationalGauges(ReliefTelemetry telemetry, IServiceScopeFactory scopes, TimeProvider clock, TelemetrySettings settings, ILogger<OperationalGauges> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _cacheFor = settings.GaugeCache;
        _logger = logger;
        var meter = telemetry.Meter;
        meter.CreateObservableGauge("relief.sms.outbox.backlog", () => new Measurement<long>(Current().Backlog), "{message}", "Outbox messages waiting to be sent (pending or being sent).");
        meter.CreateObservableGauge("relief.sms.outbox.oldest_age", () => new Measurement<double>(Current().OldestAgeSeconds), "s", "Age of the oldest outbox message still waiting; 0 when none waits.");
        meter.CreateObservableGauge("relief.sms.outbox.failed", () => new Measurement<long>(Current().Failed), "{message}", "Outbox messages given up after their last attempt.");
        meter.CreateObservableGauge("relief.applications.open", () => ByDepartment(s => s.Open), "{application}", "Open applications by department at the end of the last statistics snapshot's day.");
        meter.CreateObservableGauge("relief.applications.overdue", () => ByDepartment(s => s.Overdue), "{application}", "Overdue applications by department at the end of the last statistics snapshot's day.");
        meter.CreateObservableGauge(
            "relief.job.last_success_timestamp",
            () => Current().LastSuccess.Select(j => new Measurement<double>(j.Value, new KeyValuePair<string, object?>("relief.job.name", j.Key))),
            "s",
            "When each job last finished successfully, Unix time in seconds.");
    }

    private IEnumerable<Measurement<long>> ByDepartment(Func<DepartmentFigures, long> figure) =>
        Current().Departments.Select(d => new Measurement<long>(figure(d), new KeyValuePair<string, object?>("relief.department", d.Department)));

    private Snapshot Current()
    {
        lock (_gate)
        {
            if (_readAt != 0 && Stopwatch.GetElapsedTime(_readAt) < _cacheFor)
            {
                return _snapshot;
            }

            try
            {
                _snapshot = Read();
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                // The database is away (the readiness check says so): the last values stand until it is back.
                LogUnreadable(_logger, ex.GetType().Name);
            }

            _readAt = Stopwatch.GetTimestamp();
            return _snapshot;
        }
    }

    private Snapshot Read()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var waiting = db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxMessageStatus.Pending || m.Status == OutboxMessageStatus.Sending)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .FirstOrDefault();
        var failed = db.OutboxMessages.Count(m => m.Status == OutboxMessageStatus.Failed);

        var lastDay = db.DailyStatistics.Max(s => (DateOnly?)s.Day);
        var departments = lastDay is null
            ? []
            : db.DailyStatistics.Where(s => s.Day == lastDay)
                .GroupBy(s => s.DepartmentCode)
                .Select(g => new DepartmentFigures(g.Key, g.Sum(s => s.Open), g.Sum(s => s.Overdue)))
                .ToList();

        var lastSuccess = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var job in JobDefinition.All)
        {
            // The (JobName, Id) index, read backwards to the newest success.
            var finished = db.JobRuns.AsNoTracking()
                .Where(r => r.JobName == job.Name && r.Outcome == JobOutcome.Succeeded)
                .OrderByDescending(r => r.Id)
                .Select(r => r.FinishedAt)
                .FirstOrDefault();
            if (finished is { } at)
            {
                lastSuccess[job.Name] = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds() / 1000.0;
            }
        }

        return new Snapshot(
            waiting?.Count ?? 0,
            waiting is null ? 0 : Math.Max(0, (now - waiting.Oldest).TotalSeconds),
            failed,
            departments,
            lastSuccess);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The operational gauges could not be read ({ExceptionType}); the last values are reported")]
    private static partial void LogUnreadable(ILogger logger, string exceptionType);

    private sealed record DepartmentFigures(string Department, long Open, long Overdue);

    private sealed record Snapshot(long Backlog, double OldestAgeSeconds, long Failed, IReadOnlyList<DepartmentFigures> Departments, IReadOnlyDictionary<string, double> LastSuccess)
    {
        public static readonly Snapshot Empty = new(0, 0, 0, [], new Dictionary<string, double>());
    }
}

/// <summary><c>Telemetry:*</c>: whether metrics and traces are collected, and how long database gauges are kept.</summary>
public sealed record TelemetrySettings(bool Metrics, bool Tracing, TimeSpan GaugeCache);
