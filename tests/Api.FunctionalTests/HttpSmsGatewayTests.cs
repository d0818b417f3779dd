using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Messaging.DeliverMessages;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Infrastructure.Services;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// <c>Sms:Delivery</c> = <c>Http</c> against a gateway on a real port that fails, hangs, refuses and drops
/// connections on cue (1 s per attempt, 2 retries after 100 ms and 200 ms).
/// </summary>
public sealed partial class HttpSmsGatewayTests : IClassFixture<HttpSmsApiFactory>
{
    private readonly HttpSmsApiFactory _factory;
    private readonly ITestOutputHelper _output;

    public HttpSmsGatewayTests(HttpSmsApiFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
        factory.Gateway.Script();
    }

    private FakeSmsGateway Gateway => _factory.Gateway;

    [Fact]
    public async Task Send_PostsASignedRequest_NamingTheMessageAsItsReference()
    {
        var message = new SmsMessage(Guid.CreateVersion7(), TestData.Phone(), "【云南政府救助平台】您的申请已受理。");

        await SendAsync(message);

        var request = Assert.Single(Gateway.Received);
        Assert.Equal(message.Id.ToString(), request.Reference);
        Assert.Equal(message.Id.ToString(), request.Json["reference"]!.GetValue<string>());
        Assert.Equal(message.Phone, request.Json["phone"]!.GetValue<string>());
        Assert.Equal(message.Text, request.Json["text"]!.GetValue<string>());
        Assert.Equal("relief-test", request.Json["account"]!.GetValue<string>());
        Assert.Equal("云南政府救助平台", request.Json["signName"]!.GetValue<string>());
        Assert.InRange(long.Parse(request.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(HttpSmsApiFactory.Secret), Encoding.UTF8.GetBytes(request.Timestamp + "\n").Concat(request.Body).ToArray());
        Assert.Equal(Convert.ToHexStringLower(expected), request.Signature);
    }

    [Fact]
    public async Task Send_WhenTheGatewayFailsFirst_RetriesTheSameMessageAfterAPause()
    {
        Gateway.Script(GatewayAnswer.Fail);
        var message = Message();

        await SendAsync(message);

        var requests = Gateway.Received;
        _output.WriteLine($"503 then 200 → {requests.Count} requests, {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds:0} ms apart");
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(message.Id.ToString(), r.Reference));
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(HttpSmsApiFactory.RetryDelayMilliseconds * 0.9));
    }

    [Fact]
    public async Task Send_WhenTheGatewayHangs_AbandonsTheAttemptAfterTheTimeout_AndRetries()
    {
        Gateway.Script(GatewayAnswer.Hang);
        var message = Message();
        var started = Stopwatch.GetTimestamp();

        await SendAsync(message);

        var elapsed = Stopwatch.GetElapsedTime(started);
        _output.WriteLine($"hang then 200 → {Gateway.Received.Count} requests in {elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(2, Gateway.Received.Count);
        Assert.All(Gateway.Received, r => Assert.Equal(message.Id.ToString(), r.Reference));
        Assert.InRange(elapsed, TimeSpan.FromSeconds(HttpSmsApiFactory.TimeoutSeconds), TimeSpan.FromSeconds(HttpSmsApiFactory.TimeoutSeconds + 5));
    }

    [Fact]
    public async Task Send_WhenTheGatewayRefuses_DoesNotRetry_AndFailsAsSmsUnavailable()
    {
        Gateway.Script(GatewayAnswer.Refuse);
        var message = Message();

        var failure = await Assert.ThrowsAsync<SmsUnavailableException>(() => SendAsync(message));

        Assert.Single(Gateway.Received);
        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
        AssertNeverLogged(message.Phone, message.Text);
    }

    [Fact]
    public async Task Send_WhenEveryAttemptFails_GivesUpAfterTheRetries_AndFailsAsSmsUnavailable()
    {
        Gateway.Script(GatewayAnswer.Drop, GatewayAnswer.Fail, GatewayAnswer.Drop);
        var message = Message();

        var failure = await Assert.ThrowsAsync<SmsUnavailableException>(() => SendAsync(message));

        _output.WriteLine($"drop, 503, drop → {Gateway.Received.Count} requests; {failure.Message}");
        Assert.Equal(3, Gateway.Received.Count);
        Assert.Contains("network error", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Phone, failure.Message, StringComparison.Ordinal);
        AssertNeverLogged(message.Phone, message.Text);
    }

    [Fact]
    public async Task RequestingACode_TextsItThroughTheGateway_AndItSignsIn_WithoutThePhoneOrCodeInAnyLog()
    {
        var client = _factory.CreateClient();
        var phone = TestData.Phone();

        var requested = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });
        var sent = Assert.Single(Gateway.Received);
        var code = SixDigits().Match(sent.Json["text"]!.GetValue<string>()).Value;
        var verified = await client.PostAsJsonAsync("/api/v1/auth/otp/verify", new { phone, code });

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(phone, sent.Json["phone"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("HttpSmsSender", _factory.Logs.All, StringComparison.Ordinal);
        AssertNeverLogged(phone, code);
    }

    [Fact]
    public async Task RequestingACode_WhenTheGatewayRefuses_Answers503_AndKeepsNoCode()
    {
        Gateway.Script(GatewayAnswer.Refuse);
        var phone = TestData.Phone();

        var response = await _factory.CreateClient().PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.False(await _factory.WithDbAsync(db => db.OneTimeCodes.AnyAsync(c => c.PhoneIndex == _factory.PhoneIndex(phone))));
        AssertNeverLogged(phone);
    }

    [Fact]
    public async Task TheDeliveryJob_RetriesAMessageTheGatewayDidNotTake_UnderTheSameReference()
    {
        _factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var queued = OutboxMessage.Sms(phone, "【云南政府救助平台】您的申请已受理。", null, $"test:{Guid.NewGuid():N}", _factory.Clock.GetUtcNow().UtcDateTime);
        await _factory.WithDbAsync(db =>
        {
            db.OutboxMessages.Add(queued);
            return db.SaveChangesAsync();
        });
        Gateway.Script(GatewayAnswer.Fail, GatewayAnswer.Fail, GatewayAnswer.Fail);

        var failedRun = await _factory.SendAsync(new DeliverMessagesCommand());
        var afterFailure = await _factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id));
        _factory.Clock.Advance(OutboxMessage.BackoffAfter(1) + TimeSpan.FromSeconds(1));
        var laterRun = await _factory.SendAsync(new DeliverMessagesCommand());

        Assert.Equal(1, failedRun.Retrying);
        Assert.Equal(OutboxMessageStatus.Pending, afterFailure.Status);
        Assert.Contains(nameof(SmsUnavailableException), afterFailure.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, afterFailure.LastError, StringComparison.Ordinal);
        Assert.Equal(1, laterRun.Sent);
        Assert.Equal(4, Gateway.Received.Count);
        Assert.All(Gateway.Received, r => Assert.Equal(queued.Id.ToString(), r.Reference));
        AssertNeverLogged(phone, queued.Text);
    }

    private static SmsMessage Message() => new(Guid.CreateVersion7(), TestData.Phone(), "【云南政府救助平台】您的申请需要补充材料。");

    private async Task SendAsync(SmsMessage message)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISmsSender>().SendAsync(message, CancellationToken.None);
    }

    private void AssertNeverLogged(params string[] secrets)
    {
        var logs = _factory.Logs.All;
        Assert.True(logs.Length > 0, "Nothing was logged, so nothing was proved.");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
