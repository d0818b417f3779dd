using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Notifications;

internal static class NotificationAudience
{
    /// <summary>The notifications addressed to the caller: their role in their region, and their department if they have one.</summary>
    public static IQueryable<StaffNotification> AddressedTo(this IQueryable<StaffNotification> notifications, ICurrentUser user)
    {
        if (user.Role is not { } role || !role.IsStaff() || user.RegionCode is null)
        {
            return notifications.Where(n => false);
        }

        var region = user.RegionCode;
        var department = user.DepartmentCode;
        return notifications.Where(n =>
            n.AudienceRole == role && n.AudienceRegionCode == region &&
            (n.AudienceDepartmentCode == null || n.AudienceDepartmentCode == department));
    }
}
