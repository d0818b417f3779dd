using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ReliefPlatform.Api.Infrastructure.Telemetry;

/// <summary>
/// The scrape endpoint on a listener of its own (<c>Telemetry:Metrics:Address</c>, 127.0.0.1 by default,
/// and <c>Telemetry:Metrics:Port</c>, 9464, Prometheus's registered exporter port; 0 picks a free one):
/// the public listener has no such route at all, so no proxy rule or forwarded header can reach it. A
/// small Kestrel server of its own rather than a second endpoint of the API's: an endpoint added in code
/// would replace the addresses given by <c>--urls</c> or <c>ASPNETCORE_URLS</c> (ADR 0036).
/// </summary>
internal sealed partial class MetricsListener(PrometheusMetricReader reader, MetricsListenerSettings settings, ILogger<MetricsListener> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    /// <summary>Where Prometheus scrapes, once started.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });

        // None of the API's settings (URLs, Kestrel endpoints, certificates) apply to this listener.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(settings.Address, settings.Port);
        });
        _server = builder.Build();
        _server.MapGet(settings.Path, () => Results.Text(reader.Scrape(), PrometheusMetricReader.ContentType));
        await _server.StartAsync(cancellationToken);
        Address = new Uri(new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), settings.Path);
        LogListening(logger, Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics for Prometheus at {Address}")]
    private static partial void LogListening(ILogger logger, Uri address);
}

/// <summary><c>Telemetry:Metrics:Address</c>, <c>Port</c> and <c>Path</c>.</summary>
internal sealed record MetricsListenerSettings(IPAddress Address, int Port, string Path)
{
    public static MetricsListenerSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Telemetry:Metrics");
        var address = section["Address"] is { Length: > 0 } given
            ? IPAddress.TryParse(given, out var parsed) ? parsed : throw new InvalidOperationException("Telemetry:Metrics:Address must be an IP address (127.0.0.1, a private interface's, or 0.0.0.0).")
            : IPAddress.Loopback;
        var port = section.GetValue("Port", 9464) is >= 0 and <= 65535 and var p ? p : throw new InvalidOperationException("Telemetry:Metrics:Port must be a TCP port (0 picks a free one).");
        var path = section["Path"] is { Length: > 1 } route && route.StartsWith('/') ? route : "/metrics";
        return new(address, port, path);
    }
}
