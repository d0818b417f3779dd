namespace ReliefPlatform.Domain.Common;

/// <summary>
/// Who someone is to the service: the role a bearer token carries, a staff account holds, and a
/// history step or audit record names. Stored and sent by name, never by number.
/// </summary>
public enum Role
{
    Resident,
    Caseworker,
    Supervisor,
    Administrator,

    /// <summary>The service itself (scheduled jobs); no one signs in as it.</summary>
    System,
}

public static class RoleExtensions
{
    /// <summary>The roles a staff account may hold.</summary>
    public static bool IsStaff(this Role role) => role is Role.Caseworker or Role.Supervisor or Role.Administrator;

    /// <summary>Parses a role's exact name; numbers and other spellings are not roles.</summary>
    public static bool TryParseRole(this string? name, out Role role)
    {
        role = default;
        return name is not null && Enum.GetNames<Role>().Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, out role);
    }
}
