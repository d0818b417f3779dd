using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// One resident's submissions, each with its own Idempotency-Key and applicant, sent by several
/// workers at once to an API that may be killed under them. A request is acknowledged when it got a
/// 201 with an id; anything else (a dropped connection, a refused one, an error status) leaves it
/// unacknowledged, to be retried with the same key and body, as the phone page does. Two loads on one
/// database need applicants apart: <paramref name="firstApplicant"/>.
/// </summary>
public sealed class SubmissionLoad(string runId, int firstApplicant = 0)
{
    private const int Cap = 200_000;
    private int _next = -1;
    private int _transportFailures;

    /// <summary>The indexes sent at least once.</summary>
    public ConcurrentDictionary<int, bool> Sent { get; } = new();

    public int Count => Sent.Count;

    public ConcurrentDictionary<int, Guid> Acknowledged { get; } = new();

    /// <summary>HTTP answers other than 201, by status and problem code.</summary>
    public ConcurrentBag<string> ErrorAnswers { get; } = [];

    public int TransportFailures => _transportFailures;

    public string Key(int index) => $"{runId}-{index:D6}";

    /// <summary>A valid dibao application whose applicant (and so open-case key) no other index shares; the same body every time it is sent.</summary>
    public static object Body(int index) =>
        TestData.Dibao(idNumber: IdNumber(index), phone: "137" + (index % 100_000_000).ToString("D8", CultureInfo.InvariantCulture));

    public static string IdNumber(int index)
    {
        var first17 = "530102" + new DateOnly(1940, 1, 1).AddDays(index / 1000).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (index % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    /// <summary>
    /// Sends new requests, <paramref name="concurrency"/> at a time, at least <paramref name="minimum"/>
    /// and for as long as <paramref name="keepGoing"/> says. After a transport failure a worker waits for
    /// <paramref name="serviceUp"/> (the node restarted) before its next request.
    /// </summary>
    public Task RunAsync(HttpClient client, int concurrency, int minimum, Func<bool> keepGoing, Func<Task> serviceUp) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref _next); i < Cap && (i < minimum || keepGoing()); i = Interlocked.Increment(ref _next))
            {
                if (!await SendAsync(client, i))
                {
                    await serviceUp();
                }
            }
        })));

    /// <summary>Sends request <paramref name="index"/>; false when the connection failed (not when the service answered an error).</summary>
    public async Task<bool> SendAsync(HttpClient client, int index)
    {
        Sent[index] = true;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(Body(firstApplicant + index)) };
        request.Headers.Add("Idempotency-Key", Key(index));
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var response = await client.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Acknowledged[index] = Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>());
            }
            else
            {
                ErrorAnswers.Add($"{(int)response.StatusCode} {(text.StartsWith('{') ? JsonNode.Parse(text)?["code"] : null)}");
            }

            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Interlocked.Increment(ref _transportFailures);
            return false;
        }
    }

    /// <summary>Retries every unacknowledged request with its key until each is acknowledged (a bounded number of rounds).</summary>
    public async Task<int> RetryUnacknowledgedAsync(HttpClient client)
    {
        var retried = Sent.Keys.Where(i => !Acknowledged.ContainsKey(i)).ToList();
        for (var round = 0; round < 10; round++)
        {
            var pending = Sent.Keys.Where(i => !Acknowledged.ContainsKey(i)).ToList();
            if (pending.Count == 0)
            {
                break;
            }

            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) => await SendAsync(client, i));
            await Task.Delay(TimeSpan.FromMilliseconds(200 * round));
        }

        return retried.Count;
    }

    /// <summary>This load's keys stored in <c>IdempotencyRecords</c>, with the application id each first answer named.</summary>
    public async Task<Dictionary<string, Guid>> StoredByKeyAsync(DatabaseProbe probe)
    {
        var prefix = Key(0)[..^6];
        var rows = await probe.RowsAsync($"""SELECT "Key", "ResponseJson" FROM "IdempotencyRecords" WHERE "Key" LIKE '{prefix}%'""");
        return rows.ToDictionary(r => r[0]!, r => Guid.Parse(JsonNode.Parse(r[1]!)!["id"]!.GetValue<string>()));
    }

    /// <summary>An API process on <paramref name="provider"/>, with the development SMS route on and the sign-in limits out of the way.</summary>
    public static Dictionary<string, string> NodeSettings(string provider, string connectionString, string nodeId) => new()
    {
        ["Database:Provider"] = provider,
        ["ConnectionStrings:Relief"] = connectionString,
        ["Node:Id"] = nodeId,
        ["Sms:DevRouteEnabled"] = "true",
        ["RateLimits:OtpRequest:PermitLimit"] = "1000000",
        ["RateLimits:OtpVerify:PermitLimit"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>A resident signed in over HTTP (the development SMS route must be on).</summary>
    public static async Task<HttpClient> ResidentClientAsync(Uri baseAddress)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        await SignInAsync(client);
        return client;
    }

    /// <summary>Signs a new resident in on <paramref name="client"/>: its requests carry the resident's token from now on.</summary>
    public static async Task SignInAsync(HttpClient client)
    {
        var phone = TestData.Phone();
        var code = await ApiFactory.SendCodeAsync(client, phone);
        var response = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
