using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 17 §3: a path holding <c>%00</c> is answered with a problem document, over a real Kestrel port
/// and a raw socket (an HTTP client library might refuse or re-encode such a path; the in-memory test
/// server never parses a request line).
/// </summary>
public abstract class NulInPathTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task APathWithPercent00_AnswersAProblemDocument_NamingThePath_InTheCallersLanguage()
    {
        var chinese = await SendAsync("GET /api/v1/applications/%00 HTTP/1.1\r\nHost: relief\r\nConnection: close\r\n\r\n");
        var english = await SendAsync("GET /api/v1/catalog%00.json HTTP/1.1\r\nHost: relief\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", chinese, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", chinese, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("控制字符", PathError(chinese), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 400 ", english, StringComparison.Ordinal);
        Assert.Contains("control character", PathError(english), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondRequestOnTheSameConnection_IsAnsweredTheSame_AndAQueryWith00StillReachesItsRoute()
    {
        var both = await SendAsync(
            "GET /health/live?probe=%00 HTTP/1.1\r\nHost: relief\r\n\r\n" +
            "GET /api/v1/%00/x?y=1 HTTP/1.1\r\nHost: relief\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 ", both, StringComparison.Ordinal);
        var second = both[both.IndexOf("HTTP/1.1 400 ", StringComparison.Ordinal)..];
        Assert.Contains("application/problem+json", second, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(PathError(second));
    }

    private static string PathError(string response)
    {
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (!body.StartsWith('{'))
        {
            // Chunked: the size line first.
            body = body[(body.IndexOf("\r\n", StringComparison.Ordinal) + 2)..body.LastIndexOf('}')] + "}";
        }

        return JsonNode.Parse(body)!["errors"]!["path"]![0]!.GetValue<string>();
    }

    private async Task<string> SendAsync(string request)
    {
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var response = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.CopyToAsync(response, timeout.Token);
        return Encoding.UTF8.GetString(response.ToArray());
    }
}

public sealed class SqliteNulInPathTests(KestrelSqliteApiFactory factory) : NulInPathTests<KestrelSqliteApiFactory>(factory), IClassFixture<KestrelSqliteApiFactory>;

public sealed class PostgresNulInPathTests(KestrelPostgresApiFactory factory) : NulInPathTests<KestrelPostgresApiFactory>(factory), IClassFixture<KestrelPostgresApiFactory>;
