using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.Notifications;

internal static class NotificationAudience
{
    /// <summary>The notifications addressed to the caller: their role in their region, and their department if they have one, and those for them alone.</summary>
    public static IQueryable<StaffNotification> AddressedTo(this IQueryable<StaffNotification> notifications, ICurrentUser user)
    {
        if (user.Role is not { } role || !role.IsStaff() || user.RegionCode is null)
        {
            return notifications.Where(n => false);
        }

        var region = user.RegionCode;
        var department = user.DepartmentCode;
        var me = user.Id;
        return notifications.Where(n =>
            n.AudienceRole == role && n.AudienceRegionCode == region &&
            (n.AudienceDepartmentCode == null || n.AudienceDepartmentCode == department) &&
            (n.AudienceStaffId == null || n.AudienceStaffId == me));
    }
}
