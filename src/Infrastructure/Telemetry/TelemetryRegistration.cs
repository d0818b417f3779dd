using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReliefPlatform.Infrastructure.Telemetry;

internal static class TelemetryRegistration
{
    /// <summary>The readiness checks beyond the database's, and the database-backed gauges when metrics are on.</summary>
    public static IServiceCollection AddOperationalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettingsReader.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(new HealthSettings(TimeSpan.FromMinutes(
            configuration.GetValue("Health:SmsFailingMinutes", 15.0) is > 0 and var minutes ? minutes : throw new InvalidOperationException("Health:SmsFailingMinutes must be a positive number."))));
        services.AddHealthChecks()
            .AddCheck<JobStorageHealthCheck>("job-storage", tags: ["ready"])
            .AddCheck<CalendarHealthCheck>("calendar", tags: ["ready"])
            .AddCheck<SmsGatewayHealthCheck>("sms-gateway", tags: ["ready"]);
        if (settings.Metrics)
        {
            services.AddSingleton<OperationalGauges>();
            services.AddHostedService(sp => new GaugeActivation(sp.GetRequiredService<OperationalGauges>()));
        }

        return services;
    }

    /// <summary>Creates the gauges at start-up, so that the first scrape finds them.</summary>
    private sealed class GaugeActivation(OperationalGauges gauges) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(gauges);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public static class TelemetrySettingsReader
{
    /// <summary>
    /// <c>Telemetry:Metrics:Enabled</c> (true), <c>Telemetry:Tracing:Enabled</c> (true when an OTLP endpoint
    /// is configured, since spans nobody exports are cost without use), <c>Telemetry:Metrics:GaugeCacheSeconds</c> (15).
    /// </summary>
    public static TelemetrySettings From(IConfiguration configuration) => new(
        configuration.GetValue("Telemetry:Metrics:Enabled", true),
        configuration.GetValue("Telemetry:Tracing:Enabled", OtlpEndpoint(configuration) is not null),
        TimeSpan.FromSeconds(configuration.GetValue("Telemetry:Metrics:GaugeCacheSeconds", 15.0) is >= 0 and var seconds
            ? seconds
            : throw new InvalidOperationException("Telemetry:Metrics:GaugeCacheSeconds must be 0 or more.")));

    /// <summary><c>Telemetry:Otlp:Endpoint</c>, else OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        (configuration["Telemetry:Otlp:Endpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is { Length: > 0 } endpoint
            ? Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException("The OTLP endpoint must be an absolute URL.")
            : null;
}
