using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
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
            case Role.Resident when id is not null:
                return applications.Where(a => a.ResidentId == id);
            case Role.Caseworker when user.RegionCode is { Length: RegionCode.TownshipLength } township:
                // A township's officials see the cases of residents of their township, whatever stage they are in.
                var townshipDepartment = user.DepartmentCode;
                return applications.Where(a => a.DepartmentCode == townshipDepartment && a.RegionCode.StartsWith(township));
            case Role.Caseworker:
                var department = user.DepartmentCode;
                var county = user.RegionCode;
                return applications.Where(a => a.DepartmentCode == department && a.CountyCode == county);
            case Role.Supervisor when user.RegionCode is not null:
                var prefix = RegionCode.SubtreePrefixOf(user.RegionCode);
                return applications.Where(a => a.CountyCode.StartsWith(prefix));
            default:
                return applications.Where(a => false);
        }
    }

    /// <summary>
    /// The actions of <paramref name="allowed"/> (what the application allows now) that the caller's role
    /// sends, as the commands' <c>[Authorize]</c> say: the detail's and the queue's <c>allowedActions</c>.
    /// </summary>
    public static IReadOnlyList<string> OfCallersRole(this IReadOnlyList<ApplicationAction> allowed, ICurrentUser user) =>
        user.Role is { } role && ActionsByRole.TryGetValue(role, out var sent)
            ? [.. allowed.Where(sent.Contains).Select(a => a.ToString())]
            : [];

    private static readonly Dictionary<Role, ApplicationAction[]> ActionsByRole = new()
    {
        [Role.Resident] = [ApplicationAction.Supplemented, ApplicationAction.Withdrawn, ApplicationAction.Appealed, ApplicationAction.AppealWithdrawn],

        // Supplemented: the caseworker records an answer that came on paper or in person.
        [Role.Caseworker] =
        [
            ApplicationAction.Accepted, ApplicationAction.NotAccepted, ApplicationAction.InfoRequested, ApplicationAction.Supplemented,
            ApplicationAction.Approved, ApplicationAction.Rejected, ApplicationAction.Transferred, ApplicationAction.ExtensionRequested,
            ApplicationAction.Claimed, ApplicationAction.Assigned, ApplicationAction.Released, ApplicationAction.Merged,
            ApplicationAction.StageCompleted, ApplicationAction.SentBack, ApplicationAction.HomeVisitRecorded, ApplicationAction.ObjectionResolved,
            ApplicationAction.UrgentHelpRecorded, ApplicationAction.AppealUpheld, ApplicationAction.AppealOverturned,
        ],
        [Role.Supervisor] = [ApplicationAction.ExtensionApproved, ApplicationAction.ExtensionRefused, ApplicationAction.Supervised],
    };

    /// <summary>
    /// Caseworkers act on the applications they can see whose stage their office holds (a township's
    /// officials on the township's stages, the county department on its own); nobody else acts as a department.
    /// </summary>
    public static IQueryable<ReliefApplication> ActionableBy(this IQueryable<ReliefApplication> applications, ICurrentUser user)
    {
        if (user.Role != Role.Caseworker)
        {
            return applications.Where(a => false);
        }

        var office = user.RegionCode;
        return applications.VisibleTo(user).Where(a => a.StageOfficeRegionCode == office);
    }

    /// <summary>Whether the caller's office holds the stage of a case it can see: <see cref="ActionableBy"/> for one projected row.</summary>
    public static bool HoldsStage(this ICurrentUser user, string stageOfficeRegionCode) =>
        user.Role != Role.Caseworker || user.RegionCode == stageOfficeRegionCode;
}
