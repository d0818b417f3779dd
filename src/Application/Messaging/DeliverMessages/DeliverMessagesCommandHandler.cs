using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Telemetry;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Application.Messaging.DeliverMessages;

internal sealed class DeliverMessagesCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ISmsSender sms, TimeProvider clock, ReliefTelemetry telemetry, SmsGatewayWatch gateway)
    : IRequestHandler<DeliverMessagesCommand, DeliverMessagesResult>
{
    /// <summary>How long a claim holds: a run that dies mid-send leaves the message to the next run after this.</summary>
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<DeliverMessagesResult> Handle(DeliverMessagesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxMessageStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxMessageStatus.Sending && m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(request.BatchSize)
            .ToListAsync(cancellationToken);

        int sent = 0, retrying = 0, failed = 0;
        foreach (var id in due)
        {
            // A conditional update: of two nodes delivering at once, one claims the message. The lease
            // starts at the claim, not at the start of the batch.
            var claimedAt = clock.GetUtcNow().UtcDateTime;
            var lockedUntil = claimedAt + Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && ((m.Status == OutboxMessageStatus.Pending && m.NextAttemptAt <= claimedAt) || (m.Status == OutboxMessageStatus.Sending && m.LockedUntil < claimedAt)))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxMessageStatus.Sending).SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await sms.SendAsync(new SmsMessage(message.Id, message.Recipient, message.Text), cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                gateway.Succeeded();
                telemetry.SmsDelivered("sent");
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.RecordFailure(clock.GetUtcNow().UtcDateTime, $"{ex.GetType().Name}: {ex.Message}");
                gateway.Failed(clock.GetUtcNow().UtcDateTime);
                if (message.Status == OutboxMessageStatus.Failed)
                {
                    telemetry.SmsDelivered("failed");
                    failed++;
                }
                else
                {
                    telemetry.SmsDelivered("retry");
                    retrying++;
                }
            }

            await unitOfWork.SaveAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new DeliverMessagesResult(sent, retrying, failed);
    }
}
