using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth;

/// <summary>Issues the bearer tokens the API accepts: each names its session, and lasts no longer than it.</summary>
public interface ITokenIssuer
{
    AccessToken Issue(UserSession session, string? departmentCode, string? regionCode);
}

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
