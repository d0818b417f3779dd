using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// Development SMS delivery: messages are kept in a table (in the caller's transaction) and read
/// back through <c>GET /api/v1/dev/sms</c>, which exists only while this sender is configured.
/// </summary>
internal sealed class DevSmsOutbox(ReliefDbContext db, IPersonalDataIndex index, TimeProvider clock) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        db.DevSmsMessages.Add(new DevSmsMessage(message.Id, message.Phone, index.OfPhone(message.Phone), message.Text, clock.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}
