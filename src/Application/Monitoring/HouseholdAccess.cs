using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring;

/// <summary>
/// Who sees which households: the county's staff (caseworkers of any department, who stand in for the
/// village and township officials) their county's, supervisors their region's. Others see none (404).
/// </summary>
internal static class HouseholdAccess
{
    public static IQueryable<Household> VisibleTo(this IQueryable<Household> households, ICurrentUser user) =>
        ScopePrefix(user) is { } prefix ? households.Where(h => h.RegionCode.StartsWith(prefix)) : households.Where(h => false);

    public static IQueryable<Lead> VisibleTo(this IQueryable<Lead> leads, ICurrentUser user) =>
        ScopePrefix(user) is { } prefix ? leads.Where(l => l.RegionCode.StartsWith(prefix)) : leads.Where(l => false);

    public static IQueryable<Lead> EditableBy(this IQueryable<Lead> leads, ICurrentUser user) =>
        user.Role == Role.Caseworker ? leads.VisibleTo(user) : leads.Where(l => false);

    /// <summary>The region codes the caller's county or region covers start with this; null for other roles.</summary>
    private static string? ScopePrefix(ICurrentUser user) =>
        user.Role is Role.Caseworker or Role.Supervisor && user.RegionCode is { } region ? RegionCode.SubtreePrefixOf(region) : null;

    /// <summary>Caseworkers keep the register of their own county; supervisors read it.</summary>
    public static IQueryable<Household> EditableBy(this IQueryable<Household> households, ICurrentUser user) =>
        user.Role == Role.Caseworker ? households.VisibleTo(user) : households.Where(h => false);
}
