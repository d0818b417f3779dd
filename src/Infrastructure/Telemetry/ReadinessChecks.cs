using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Telemetry;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Infrastructure.Telemetry;

/// <summary>
/// Hangfire's storage answers, and says how many job servers are alive: none is Degraded (the service
/// answers, but no deadline is chased and no text is sent until a job node runs).
/// </summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            var data = new Dictionary<string, object> { ["servers"] = servers };
            return Task.FromResult(servers == 0
                ? HealthCheckResult.Degraded("The job storage answers, but no job server is running.", data: data)
                : HealthCheckResult.Healthy("The job storage answers.", data));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's text can name the storage's connection; the body never carries it.
            return Task.FromResult(HealthCheckResult.Unhealthy($"The job storage cannot be read ({ex.GetType().Name})."));
        }
    }
}

/// <summary>
/// The holiday calendar an administrator should enter now, by the domain's rule
/// (<see cref="ReliefPlatform.Domain.Calendar.WorkingCalendar.MissingYears"/>, the same one the console's
/// banner and <c>/api/v1/admin/calendar/status</c> read): this year when missing, next year from 1 November
/// China time. Missing, the service still works with provisional due dates (ADR 0036), so it is a
/// warning: Degraded, never Unhealthy.
/// </summary>
internal sealed class CalendarHealthCheck(IWorkingCalendarProvider calendars, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var missing = (await calendars.GetAsync(cancellationToken)).MissingYears(today);
        var data = new Dictionary<string, object> { ["missingYears"] = missing };
        return missing.Count == 0
            ? HealthCheckResult.Healthy("The holiday calendars needed now are loaded.", data)
            : HealthCheckResult.Degraded(
                $"The holiday calendar of {string.Join(", ", missing)} is missing: load it (administrators, 节假日).", data: data);
    }
}

/// <summary>
/// The SMS gateway as the delivery job on this node sees it: failing for longer than
/// <c>Health:SmsFailingMinutes</c> (15) is Degraded. Not Unhealthy: taking nodes out of the balancer
/// would not bring the gateway back, and messages wait in the outbox meanwhile.
/// </summary>
internal sealed class SmsGatewayHealthCheck(SmsGatewayWatch watch, TimeProvider clock, HealthSettings settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (watch.FailingSince is not { } since)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No failed delivery since the last success."));
        }

        var failingFor = clock.GetUtcNow().UtcDateTime - since;
        var data = new Dictionary<string, object>
        {
            ["failingSince"] = DateTime.SpecifyKind(since, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["failingMinutes"] = Math.Round(failingFor.TotalMinutes, 1),
        };
        return Task.FromResult(failingFor > settings.SmsFailingFor
            ? HealthCheckResult.Degraded($"The SMS gateway has failed every delivery for {failingFor.TotalMinutes:0} minutes.", data: data)
            : HealthCheckResult.Healthy("The SMS gateway failed recently, within the threshold.", data));
    }
}

/// <summary><c>Health:SmsFailingMinutes</c>.</summary>
internal sealed record HealthSettings(TimeSpan SmsFailingFor);
