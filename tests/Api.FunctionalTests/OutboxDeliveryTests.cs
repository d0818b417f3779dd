using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Messaging.DeliverMessages;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Text messages to residents go through the outbox: queued with the change, sent by the delivery job, retried, never twice.</summary>
public abstract class OutboxDeliveryTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task StatusChanges_AreQueuedWithTheChange_AndDeliveredOnce()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        var housing = await factory.StaffAsync(TestData.OneStageCaseworker);
        var submitted = await resident.SubmitAsync(TestData.Application(phone: phone));
        var id = submitted["id"]!.GetValue<string>();
        await housing.PostAsync($"/api/v1/applications/{id}/accept", null);
        await housing.PostAsJsonAsync($"/api/v1/applications/{id}/request-info", new { reason = "请补充户口簿首页照片" });
        var beforeDelivery = await SmsToAsync(phone);

        var first = await factory.SendAsync(new DeliverMessagesCommand());
        var second = await factory.SendAsync(new DeliverMessagesCommand());

        Assert.Empty(beforeDelivery);
        Assert.True(first.Sent >= 3, $"sent {first.Sent}");
        Assert.Equal(0, second.Sent);
        var texts = (await SmsToAsync(phone)).Select(m => m!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains("已提交", StringComparison.Ordinal) && t.Contains($"尾号{submitted["trackingNumber"]!.GetValue<string>()[^4..]}", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("已受理", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("请补充户口簿首页照片", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GatewayDown_SubmissionStillSucceeds_AndTheMessageGoesOutLaterWithBackoff()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        factory.Sms.Down = true;
        try
        {
            var response = await resident.PostAsJsonAsync("/api/v1/applications", TestData.Dibao(phone: phone));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);

            var failedOnce = await factory.SendAsync(new DeliverMessagesCommand());
            var tooEarly = await factory.SendAsync(new DeliverMessagesCommand());
            factory.Clock.Advance(TimeSpan.FromMinutes(1.1));
            var failedTwice = await factory.SendAsync(new DeliverMessagesCommand());

            Assert.Equal(1, failedOnce.Retrying);
            Assert.Equal(0, tooEarly.Retrying + tooEarly.Sent);
            Assert.Equal(1, failedTwice.Retrying);
            var message = await MessageToAsync(phone);
            Assert.Equal(2, message.Attempts);
            Assert.Equal(OutboxMessageStatus.Pending, message.Status);
            Assert.Contains("SMS gateway", message.LastError, StringComparison.Ordinal);
            Assert.InRange(message.NextAttemptAt - factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(3.9), TimeSpan.FromMinutes(4.1));
        }
        finally
        {
            factory.Sms.Down = false;
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(4.1));
        var recovered = await factory.SendAsync(new DeliverMessagesCommand());

        Assert.True(recovered.Sent >= 1);
        Assert.Single(await SmsToAsync(phone));
        Assert.Equal(OutboxMessageStatus.Sent, (await MessageToAsync(phone)).Status);
    }

    [Fact]
    public async Task GatewayDownForGood_TheMessageFailsAfterTheLastAttempt_AndAdministratorsSeeIt()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        await resident.SubmitAsync(TestData.Dibao(phone: phone));
        factory.Sms.Down = true;
        try
        {
            for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
            {
                await factory.SendAsync(new DeliverMessagesCommand());
                factory.Clock.Advance(OutboxMessage.BackoffAfter(attempt) + TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            factory.Sms.Down = false;
        }

        var message = await MessageToAsync(phone);
        Assert.Equal(OutboxMessageStatus.Failed, message.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal(0, (await factory.SendAsync(new DeliverMessagesCommand())).Sent);
        Assert.Empty(await SmsToAsync(phone));

        var admin = await factory.StaffAsync("admin");
        var failed = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/messages?status=Failed");
        var listed = failed!["items"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == message.Id.ToString())!;
        Assert.Equal(phone[..3] + "****" + phone[7..], listed["recipient"]!.GetValue<string>());
        Assert.Equal(OutboxMessage.MaxAttempts, listed["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task MessageClaimedByARunThatDied_IsDeliveredOnceAfterTheLease()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phone = TestData.Phone();
        var resident = await factory.ResidentAsync(phone);
        await resident.SubmitAsync(TestData.Dibao(phone: phone));
        var id = (await MessageToAsync(phone)).Id;
        var lockedUntil = factory.Clock.GetUtcNow().UtcDateTime + DeliverMessagesCommandHandler.Lease;
        await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxMessageStatus.Sending).SetProperty(m => m.LockedUntil, lockedUntil)));

        await factory.SendAsync(new DeliverMessagesCommand());
        var duringLease = await SmsToAsync(phone);
        factory.Clock.Advance(DeliverMessagesCommandHandler.Lease + TimeSpan.FromSeconds(1));
        await factory.SendAsync(new DeliverMessagesCommand());

        Assert.Empty(duringLease);
        Assert.Single(await SmsToAsync(phone));
    }

    [Fact]
    public async Task TwoDeliveryRunsAtOnce_SendEachMessageOnce()
    {
        factory.Clock.Set(DateTimeOffset.UtcNow);
        var phones = Enumerable.Range(0, 12).Select(_ => TestData.Phone()).ToList();
        foreach (var phone in phones)
        {
            await (await factory.ResidentAsync(phone)).SubmitAsync(TestData.Dibao());
        }

        var runs = await Task.WhenAll(
            factory.SendAsync(new DeliverMessagesCommand()),
            factory.SendAsync(new DeliverMessagesCommand()),
            factory.SendAsync(new DeliverMessagesCommand()));

        foreach (var phone in phones)
        {
            Assert.Single(await SmsToAsync(phone));
        }

        Assert.True(runs.Sum(r => r.Sent) >= phones.Count);
    }

    /// <summary>The texts the phone received, other than its sign-in codes.</summary>
    private async Task<List<JsonNode?>> SmsToAsync(string phone) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonArray>($"/api/v1/dev/sms?phone={phone}"))!
            .Where(m => !m!["text"]!.GetValue<string>().Contains("验证码", StringComparison.Ordinal))
            .ToList();

    private Task<OutboxMessage> MessageToAsync(string phone) =>
        factory.WithDbAsync(async db => (await db.OutboxMessages.AsNoTracking().ToListAsync()).Single(m => m.Recipient == phone));
}

public sealed class SqliteOutboxDeliveryTests(SqliteApiFactory factory) : OutboxDeliveryTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresOutboxDeliveryTests(PostgresApiFactory factory) : OutboxDeliveryTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerOutboxDeliveryTests(SqlServerApiFactory factory) : OutboxDeliveryTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
