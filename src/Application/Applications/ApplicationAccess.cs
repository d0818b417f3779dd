using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// The one place that says which applications a caller may see or act on. Every query and action
/// starts from it, so an application outside the caller's scope is simply not found (404).
/// </summary>
internal static class ApplicationAccess
{
    public static IQueryable<ReliefApplication> VisibleTo(this IQueryable<ReliefApplication> applications, ICurrentUser user)
    {
        var id = user.Id;
        switch (user.Role)
        {
            case Roles.Resident when id is not null:
                return applications.Where(a => a.ResidentId == id);
            case Roles.Caseworker:
                var department = user.DepartmentCode;
                var county = user.RegionCode;
                return applications.Where(a => a.DepartmentCode == department && a.CountyCode == county);
            case Roles.Supervisor when user.RegionCode is not null:
                var prefix = RegionCode.SubtreePrefix(user.RegionCode);
                return applications.Where(a => a.CountyCode.StartsWith(prefix));
            default:
                return applications.Where(a => false);
        }
    }

    /// <summary>Caseworkers act on the applications they can see; nobody else acts as a department.</summary>
    public static IQueryable<ReliefApplication> ActionableBy(this IQueryable<ReliefApplication> applications, ICurrentUser user) =>
        user.Role == Roles.Caseworker ? applications.VisibleTo(user) : applications.Where(a => false);
}
