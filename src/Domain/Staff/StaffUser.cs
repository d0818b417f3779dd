using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Staff;

/// <summary>
/// A member of staff. Caseworkers belong to one department in one county; supervisors to a region
/// (county, prefecture or province); administrators to the province.
/// </summary>
public sealed class StaffUser
{
    public const int UsernameMaxLength = 64;
    public const int DisplayNameMaxLength = 50;

    private StaffUser()
    {
        Username = DisplayName = PasswordHash = RegionCode = string.Empty;
    }

    public StaffUser(string username, string displayName, StaffRole role, string? departmentCode, string regionCode)
        : this()
    {
        if (role == StaffRole.Caseworker && string.IsNullOrEmpty(departmentCode))
        {
            throw new DomainException("department-required", "A caseworker belongs to a department.");
        }

        if (role == StaffRole.Caseworker && regionCode.Length != 6)
        {
            throw new DomainException("county-required", "A caseworker belongs to a county.");
        }

        Id = Guid.CreateVersion7();
        Username = Guard.Text(username, UsernameMaxLength, "The username");
        DisplayName = Guard.Text(displayName, DisplayNameMaxLength, "The display name");
        Role = role;
        DepartmentCode = role == StaffRole.Caseworker ? departmentCode : null;
        RegionCode = regionCode;
    }

    public Guid Id { get; private set; }

    public string Username { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public StaffRole Role { get; private set; }

    public string? DepartmentCode { get; private set; }

    public string RegionCode { get; private set; }

    public bool IsDisabled { get; private set; }

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
