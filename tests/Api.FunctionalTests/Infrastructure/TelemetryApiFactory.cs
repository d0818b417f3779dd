using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ReliefPlatform.Api.Infrastructure.Telemetry;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A host as operators run it, observed: SMS through a <see cref="FakeSmsGateway"/> on a real port,
/// tracing on with every span kept in memory (after the redaction processor, as an exporter would get
/// them), database gauges read on every scrape, tight per-address limits on code requests, and a node
/// name of its own so its job spans can be told from other hosts' in the same process.
/// </summary>
public interface ITelemetryApiFactory
{
    FakeSmsGateway Gateway { get; }

    /// <summary>Every span ended in the process that this host's tracer saw (other hosts' too: filter by trace).</summary>
    SpanList Spans { get; }

    string NodeId { get; }
}

public static partial class TelemetryHost
{
    public const int OtpRequestPermits = 2;

    public static Dictionary<string, string?> Settings(FakeSmsGateway gateway, string nodeId) => new()
    {
        ["Sms:Delivery"] = "Http",
        ["Sms:Gateway:Url"] = gateway.Url.ToString(),
        ["Sms:Gateway:Account"] = "relief-test",
        ["Sms:Gateway:Secret"] = HttpSmsApiFactory.Secret,
        ["Sms:Gateway:SignName"] = "云南政府救助平台",
        ["Sms:Gateway:TimeoutSeconds"] = "1",
        ["Sms:Gateway:RetryCount"] = "2",
        ["Sms:Gateway:RetryDelayMilliseconds"] = "10",
        ["Telemetry:Tracing:Enabled"] = "true",
        ["Telemetry:Metrics:GaugeCacheSeconds"] = "0",
        ["RateLimits:OtpRequest:PermitLimit"] = OtpRequestPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Node:Id"] = nodeId,
    };

    public static void Observe(IWebHostBuilder builder, SpanList spans) =>
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));

    /// <summary>Where this host's metrics are scraped (its own listener, on a free port).</summary>
    public static Uri MetricsAddress(this ApiFactory factory)
    {
        factory.StartServer();
        return factory.Services.GetRequiredService<MetricsListener>().Address!;
    }

    /// <summary>A resident signed in with the code the fake gateway received.</summary>
    public static async Task<HttpClient> ResidentThroughGatewayAsync(this ApiFactory factory, FakeSmsGateway gateway, string phone)
    {
        var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).EnsureSuccessStatusCode();
        var code = CodeOf(gateway.Received.Last(r => r.Json["phone"]!.GetValue<string>() == phone).Json["text"]!.GetValue<string>());
        await ApiFactory.PostForTokenAsync(client, "/api/v1/auth/otp/verify", new { phone, code });
        return client;
    }

    public static string CodeOf(string text) => SixDigits().Match(text).Value;

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

    /// <summary>Triggers a job as an administrator and waits for its run to end; answers the run.</summary>
    public static async Task<JsonNode> RunJobAsync(this ApiFactory factory, string job)
    {
        var admin = await factory.StaffAsync("admin");
        var before = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/admin/jobs/{job}/runs"))!.Count;
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/admin/jobs/{job}/trigger", null)).StatusCode);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            await Task.Delay(100);
            var runs = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/admin/jobs/{job}/runs"))!;
            if (runs.Count > before && runs[0]!["outcome"]!.GetValue<string>() != "Running")
            {
                return runs[0]!;
            }
        }

        throw new TimeoutException($"The run of {job} did not end.");
    }
}

public sealed class TelemetrySqliteApiFactory : SqliteApiFactory, ITelemetryApiFactory
{
    public FakeSmsGateway Gateway { get; } = new();

    public SpanList Spans { get; } = [];

    public string NodeId { get; } = $"telemetry-{Guid.NewGuid():N}";

    protected override bool UsesSwitchableSms => false;

    protected override IReadOnlyDictionary<string, string?> Settings => TelemetryHost.Settings(Gateway, NodeId);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TelemetryHost.Observe(builder, Spans);
    }
}

public sealed class TelemetryPostgresApiFactory : PostgresApiFactory, ITelemetryApiFactory
{
    public FakeSmsGateway Gateway { get; } = new();

    public SpanList Spans { get; } = [];

    public string NodeId { get; } = $"telemetry-{Guid.NewGuid():N}";

    protected override bool UsesSwitchableSms => false;

    protected override IReadOnlyDictionary<string, string?> Settings => TelemetryHost.Settings(Gateway, NodeId);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TelemetryHost.Observe(builder, Spans);
    }
}

/// <summary>
/// The spans the in-memory exporter adds from the service's threads while a test reads them: the exporter adds
/// without a lock of ours, so every add and every read takes this list's own (a plain list once threw
/// "Destination array was not long enough" when copied during an add).
/// </summary>
public sealed class SpanList : System.Collections.ObjectModel.Collection<Activity>
{
    public List<Activity> Snapshot()
    {
        lock (Items)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (Items)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void ClearItems()
    {
        lock (Items)
        {
            base.ClearItems();
        }
    }
}

