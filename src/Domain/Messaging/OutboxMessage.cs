namespace ReliefPlatform.Domain.Messaging;

/// <summary>
/// A text message to a resident, written in the same transaction as the change it reports and sent
/// later by the delivery job: a slow or absent SMS gateway never fails or delays the change itself.
/// </summary>
public sealed class OutboxMessage
{
    public const int TextMaxLength = 500;
    public const int MaxAttempts = 8;

    private OutboxMessage()
    {
        Recipient = Text = DedupKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Recipient { get; private set; }

    public string Text { get; private set; }

    public Guid? ApplicationId { get; private set; }

    /// <summary>What the message reports, unique: the same step is never queued twice.</summary>
    public string DedupKey { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public OutboxMessageStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Sms(string phone, string text, Guid? applicationId, string dedupKey, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Recipient = phone,
        Text = text.Length <= TextMaxLength ? text : text[..(TextMaxLength - 1)] + "…",
        ApplicationId = applicationId,
        DedupKey = dedupKey,
        CreatedAt = nowUtc,
        Status = OutboxMessageStatus.Pending,
        NextAttemptAt = nowUtc,
    };

    public void MarkSent(DateTime nowUtc)
    {
        Status = OutboxMessageStatus.Sent;
        Attempts++;
        SentAt = nowUtc;
        LockedUntil = null;
    }

    /// <summary>Records a failed attempt: retried after 1, 4, 16, 64 … minutes (at most six hours), failed for good after <see cref="MaxAttempts"/>.</summary>
    public void RecordFailure(DateTime nowUtc, string error)
    {
        Attempts++;
        LastError = error.Length <= 500 ? error : error[..500];
        LockedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxMessageStatus.Failed;
            return;
        }

        Status = OutboxMessageStatus.Pending;
        NextAttemptAt = nowUtc + BackoffAfter(Attempts);
    }

    public static TimeSpan BackoffAfter(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(4, attempts - 1), 360));
}
