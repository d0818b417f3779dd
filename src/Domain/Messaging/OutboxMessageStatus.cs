namespace ReliefPlatform.Domain.Messaging;

public enum OutboxMessageStatus
{
    Pending,

    /// <summary>Claimed by one delivery run until its lease ends.</summary>
    Sending,

    Sent,

    /// <summary>Given up after the last attempt; kept with the last error for staff to follow up.</summary>
    Failed,
}
