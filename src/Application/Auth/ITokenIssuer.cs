namespace ReliefPlatform.Application.Auth;

/// <summary>Issues the bearer tokens the API accepts.</summary>
public interface ITokenIssuer
{
    AccessToken Issue(Guid subjectId, string role, string? departmentCode, string? regionCode);
}

public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
