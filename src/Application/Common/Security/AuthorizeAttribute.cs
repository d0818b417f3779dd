namespace ReliefPlatform.Application.Common.Security;

/// <summary>
/// Declares who may send a request. Checked by the authorization behavior, so the API, jobs and
/// any other caller obey the same rule. Object-level scope is checked by the handlers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Comma-separated roles, any of which may send the request; empty means any signed-in caller.</summary>
    public string Roles { get; init; } = string.Empty;
}

public static class Roles
{
    public const string Resident = nameof(Resident);
    public const string Caseworker = nameof(Caseworker);
    public const string Supervisor = nameof(Supervisor);
    public const string Administrator = nameof(Administrator);
}
