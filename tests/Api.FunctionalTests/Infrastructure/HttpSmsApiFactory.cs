using Microsoft.Extensions.Logging;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The API with <c>Sms:Delivery</c> = <c>Http</c>, sending to a <see cref="FakeSmsGateway"/>, every log line kept.</summary>
public sealed class HttpSmsApiFactory : SqliteApiFactory
{
    public const string Secret = "test-gateway-secret-0123456789";
    public const int TimeoutSeconds = 1;
    public const int RetryDelayMilliseconds = 100;

    public FakeSmsGateway Gateway { get; } = new();

    public LogSink Logs { get; } = new();

    protected override bool UsesSwitchableSms => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Sms:Delivery"] = "Http",
        ["Sms:Gateway:Url"] = Gateway.Url.ToString(),
        ["Sms:Gateway:Account"] = "relief-test",
        ["Sms:Gateway:Secret"] = Secret,
        ["Sms:Gateway:SignName"] = "云南政府救助平台",
        ["Sms:Gateway:TimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Sms:Gateway:RetryCount"] = "2",
        ["Sms:Gateway:RetryDelayMilliseconds"] = RetryDelayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    protected override void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddProvider(Logs);
        logging.SetMinimumLevel(LogLevel.Trace);
    }
}
