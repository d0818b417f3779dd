using System.Linq.Expressions;
using System.Text.Json.Serialization;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts;

/// <summary>A staff account as administrators see it; never its password hash or TOTP secret.</summary>
public sealed record StaffUserDto(
    Guid Id,
    string Username,
    string DisplayName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Role>))] Role Role,
    string? DepartmentCode,
    string RegionCode,
    bool IsDisabled,
    DateTime? LockedUntil,
    bool TotpEnabled,
    bool MustChangePassword)
{
    /// <summary>One mapping for the list (translated to SQL) and for the answers to changes (compiled).</summary>
    public static Expression<Func<StaffUser, StaffUserDto>> Projection(DateTime nowUtc) => u => new StaffUserDto(
        u.Id, u.Username, u.DisplayName, u.Role, u.DepartmentCode, u.RegionCode, u.IsDisabled,
        u.LockedUntil > nowUtc ? u.LockedUntil : null, u.TotpSecret != null, u.MustChangePassword);

    public static StaffUserDto From(StaffUser user, DateTime nowUtc) => Projection(nowUtc).Compile()(user);
}
