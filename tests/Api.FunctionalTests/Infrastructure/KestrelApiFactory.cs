using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The API on a real Kestrel port, for what the in-memory test server does not do (client addresses,
/// request size limits, server headers): tight per-address limits (3 a minute on each sign-in
/// endpoint) and one trusted proxy, called from several loopback addresses.
/// </summary>
public static class KestrelApi
{
    public const int PermitLimit = 3;
    public const string TrustedProxy = "127.0.0.9";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["RateLimits:OtpRequest:PermitLimit"] = "3",
        ["RateLimits:OtpVerify:PermitLimit"] = "3",
        ["RateLimits:StaffLogin:PermitLimit"] = "3",
        ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy,
    };

    /// <summary>A client whose connections leave from <paramref name="address"/> (any of 127.0.0.0/8).</summary>
    public static HttpClient ClientFrom(this ApiFactory factory, string address)
    {
        factory.StartServer();
        var server = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(server) };
    }
}

public sealed class KestrelSqliteApiFactory : SqliteApiFactory
{
    public KestrelSqliteApiFactory() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> Settings => KestrelApi.Settings;
}

public sealed class KestrelPostgresApiFactory : PostgresApiFactory
{
    public KestrelPostgresApiFactory() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> Settings => KestrelApi.Settings;
}

public sealed class KestrelSqlServerApiFactory : SqlServerApiFactory
{
    public KestrelSqlServerApiFactory() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> Settings => KestrelApi.Settings;
}
