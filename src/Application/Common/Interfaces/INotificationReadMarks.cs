namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>
/// Records that a member of staff has read a notification. Idempotent, also for a double click racing
/// itself: an "insert once" that each database spells differently, so it lives in Infrastructure.
/// </summary>
public interface INotificationReadMarks
{
    Task MarkReadAsync(long notificationId, Guid staffId, DateTime readAt, CancellationToken cancellationToken);
}
