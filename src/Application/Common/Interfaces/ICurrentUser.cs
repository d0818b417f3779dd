using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>The signed-in caller, as the API's bearer token says.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    /// <summary>Resident, caseworker, supervisor or administrator; null when not signed in.</summary>
    Role? Role { get; }

    string? DepartmentCode { get; }

    string? RegionCode { get; }

    /// <summary>The sign-in session the bearer token names (its <c>sid</c>).</summary>
    Guid? SessionId { get; }

    /// <summary>The address the request came from, for the audit trail; null for scheduled jobs.</summary>
    string? ClientAddress { get; }
}

public static class CurrentUserExtensions
{
    public static Guid RequiredId(this ICurrentUser user) =>
        user.Id ?? throw new UnauthorizedAccessException();

    public static Actor ToActor(this ICurrentUser user) => new(
        user.Role ?? throw new UnauthorizedAccessException(),
        user.RequiredId());
}
