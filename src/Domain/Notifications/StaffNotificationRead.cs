namespace ReliefPlatform.Domain.Notifications;

/// <summary>That one member of staff has read one notification.</summary>
public sealed class StaffNotificationRead
{
    public StaffNotificationRead(long notificationId, Guid staffId, DateTime readAt)
    {
        NotificationId = notificationId;
        StaffId = staffId;
        ReadAt = readAt;
    }

    public long NotificationId { get; private set; }

    public Guid StaffId { get; private set; }

    public DateTime ReadAt { get; private set; }
}
