using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// Production SMS delivery (<c>Sms:Delivery</c> = <c>Http</c>): one signed JSON POST to the gateway per
/// attempt, each attempt cut off after <see cref="SmsGatewayOptions.TimeoutSeconds"/>, retried with
/// doubling waits on network errors, timeouts and 5xx answers, never on 4xx. Every attempt carries the
/// message's id as <see cref="ReferenceHeader"/> (and in the body), so the gateway can drop a repeat of
/// a message it already took. Failure is an <see cref="SmsUnavailableException"/>. Logs name the message
/// id only, never the phone number or the text.
/// </summary>
/// <remarks>
/// The request: <c>POST {Url}</c> with <c>{"account","phone","signName","text","reference"}</c>,
/// <see cref="TimestampHeader"/> (Unix seconds) and <see cref="SignatureHeader"/>: the lowercase hex
/// HMAC-SHA256, keyed with the secret, of the timestamp, a line feed and the body's bytes.
/// </remarks>
internal sealed partial class HttpSmsSender(HttpClient http, SmsGatewayOptions options, TimeProvider clock, ILogger<HttpSmsSender> logger)
    : ISmsSender
{
    public const string ReferenceHeader = "X-Sms-Reference";
    public const string TimestampHeader = "X-Sms-Timestamp";
    public const string SignatureHeader = "X-Sms-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var reference = message.Id.ToString();
        var body = JsonSerializer.SerializeToUtf8Bytes(new GatewayRequest(options.Account, message.Phone, options.SignName, message.Text, reference), Json);
        var attempts = options.RetryCount + 1;
        for (var attempt = 1; ; attempt++)
        {
            var failure = await AttemptAsync(body, message.Id, cancellationToken);
            if (failure is null)
            {
                LogSent(logger, message.Id, attempt);
                return;
            }

            if (attempt == attempts)
            {
                LogGaveUp(logger, message.Id, attempts, failure);
                throw new SmsUnavailableException($"The SMS gateway did not take message {reference} in {attempts} attempt(s); last: {failure}.");
            }

            LogRetrying(logger, message.Id, attempt, failure);
            await Task.Delay(TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds * Math.Pow(2, attempt - 1)), clock, cancellationToken);
        }
    }

    /// <summary>One attempt: null when the gateway took the message, else what went wrong (worth retrying).</summary>
    private async Task<string?> AttemptAsync(byte[] body, Guid messageId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        using var request = Signed(body, messageId.ToString());
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            if (status >= 500)
            {
                return $"HTTP {status}";
            }

            // A 4xx will not get better by asking again: the request itself is wrong (number, signature, account).
            LogRefused(logger, messageId, status);
            throw new SmsUnavailableException($"The SMS gateway refused message {messageId} with HTTP {status}.");
        }
        catch (HttpRequestException ex)
        {
            return $"network error ({ex.HttpRequestError}: {ex.GetBaseException().Message})";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {options.TimeoutSeconds} s";
        }
    }

    private HttpRequestMessage Signed(byte[] body, string reference)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        request.Headers.Add(ReferenceHeader, reference);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Signature(options.Secret, timestamp, body));
        return request;
    }

    internal static string Signature(string secret, string timestamp, byte[] body)
    {
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "\n"), .. body];
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    private sealed record GatewayRequest(string Account, string Phone, string SignName, string Text, string Reference);

    [LoggerMessage(Level = LogLevel.Debug, Message = "SMS {MessageId} taken by the gateway at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {MessageId}: attempt {Attempt} failed ({Failure}); retrying")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, int attempt, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS {MessageId}: the gateway refused it with HTTP {Status}")]
    private static partial void LogRefused(ILogger logger, Guid messageId, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS {MessageId}: the gateway did not take it in {Attempts} attempt(s); last: {Failure}")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, int attempts, string failure);
}
