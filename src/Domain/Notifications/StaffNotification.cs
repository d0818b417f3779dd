using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Domain.Notifications;

/// <summary>
/// An in-app notice to an audience of staff (a role in a region, and for caseworkers a department),
/// summarising what one deadline sweep raised for them: a caseworker with two hundred cases gets one
/// line "12 applications are due within 2 working days", not twelve.
/// </summary>
public sealed class StaffNotification
{
    private StaffNotification()
    {
        AudienceRegionCode = string.Empty;
    }

    public long Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    public StaffRole AudienceRole { get; private set; }

    public string? AudienceDepartmentCode { get; private set; }

    public string AudienceRegionCode { get; private set; }

    /// <summary>How many applications the notice is about.</summary>
    public int Count { get; private set; }

    /// <summary>The sweep's time; the deadline events behind the notice carry the same instant.</summary>
    public DateTime CreatedAt { get; private set; }

    public static DeadlineStage StageOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Reminder => DeadlineStage.Reminder,
        NotificationKind.Supervision => DeadlineStage.Overdue,
        _ => DeadlineStage.Escalated,
    };
}
