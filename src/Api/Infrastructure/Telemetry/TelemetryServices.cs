using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ReliefPlatform.Application.Common.Telemetry;
using ReliefPlatform.Infrastructure.Telemetry;

namespace ReliefPlatform.Api.Infrastructure.Telemetry;

/// <summary>
/// Metrics, traces and log lines for operators' tools (ADR 0036). Metrics (on unless
/// <c>Telemetry:Metrics:Enabled</c> is false) are scraped from their own listener; spans (on when an OTLP
/// endpoint is configured, or <c>Telemetry:Tracing:Enabled</c> says so) are exported by OTLP only when
/// an endpoint is configured; logs are JSON lines outside Development.
/// </summary>
internal static class TelemetryServices
{
    /// <summary>Meters read besides the service's own: ASP.NET Core's requests, connections and rate limits, and outgoing HTTP.</summary>
    private static readonly string[] Meters =
    [
        ReliefTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Diagnostics", "System.Net.Http",
    ];

    /// <summary>Registers it all; answers whether the console writes JSON lines (then nothing else may write there).</summary>
    public static bool AddTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var settings = TelemetrySettingsReader.From(configuration);
        var otlp = TelemetrySettingsReader.OtlpEndpoint(configuration);
        var node = configuration["Node:Id"] is { Length: > 0 } id ? id : $"{Environment.MachineName}-{Environment.ProcessId}";
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("relief-platform", serviceInstanceId: node));

        if (settings.Metrics)
        {
            builder.Services.AddSingleton<PrometheusMetricReader>();
            builder.Services.AddSingleton(MetricsListenerSettings.From(configuration));
            builder.Services.AddSingleton<MetricsListener>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<MetricsListener>());
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddRuntimeInstrumentation()
                .AddReader(sp => sp.GetRequiredService<PrometheusMetricReader>()));
        }

        if (settings.Tracing)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(ReliefTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()

                    // Before any exporter: processors see a span in the order they were added.
                    .AddProcessor(new RedactingSpanProcessor());
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        }

        var json = configuration["Telemetry:Logs:Format"] is { Length: > 0 } format
            ? string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            : !builder.Environment.IsDevelopment();
        builder.Logging.AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        if (json)
        {
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = JsonLogFormatter.Name);
        }

        return json;
    }
}
