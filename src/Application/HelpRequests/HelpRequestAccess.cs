using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.HelpRequests;

/// <summary>
/// Which help requests a caller may see, the way <c>ApplicationAccess</c> does it for applications: every
/// query and step starts here, so a request outside the caller's scope is simply not found (404). The county
/// holds them, any department: 干部收单 is the county's, before anyone knows which department it is for.
/// </summary>
internal static class HelpRequestAccess
{
    public static IQueryable<HelpRequest> VisibleTo(this IQueryable<HelpRequest> requests, ICurrentUser user)
    {
        switch (user.Role)
        {
            case Role.Caseworker when user.RegionCode is { Length: RegionCode.CountyLength } county:
                return requests.Where(h => h.CountyCode == county);
            case Role.Supervisor when user.RegionCode is not null:
                var prefix = RegionCode.SubtreePrefixOf(user.RegionCode);
                return requests.Where(h => h.CountyCode.StartsWith(prefix));
            default:
                return requests.Where(h => false);
        }
    }

    /// <summary>The resident's own: filed signed in, or filed signed out with the phone the account signs in with.</summary>
    public static IQueryable<HelpRequest> OfResident(this IQueryable<HelpRequest> requests, Guid residentId, string? phoneIndex) =>
        requests.Where(h => h.ResidentId == residentId || (phoneIndex != null && h.PhoneIndex == phoneIndex));
}
