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
/// From 1 November (China time) next year's holiday calendar should be loaded: the State Council
/// publishes it around then, and due dates reaching into January are counted on it. Missing, the
/// service still works (ADR 0036), so it is a warning: Degraded, never Unhealthy.
/// </summary>
internal sealed class NextYearCalendarHealthCheck(IWorkingCalendarProvider calendars, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var next = today.Year + 1;
        var data = new Dictionary<string, object> { ["year"] = next };
        if (today.Month < 11)
        {
            return HealthCheckResult.Healthy($"Next year's calendar ({next}) is not needed before 1 November.", data);
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        return calendar.KnownYears.Contains(next)
            ? HealthCheckResult.Healthy($"The calendar of {next} is loaded.", data)
            : HealthCheckResult.Degraded($"The holiday calendar of {next} is missing: load it (administrators, 节假日).", data: data);
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
