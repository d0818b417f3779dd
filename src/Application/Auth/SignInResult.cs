namespace ReliefPlatform.Application.Auth;

public sealed record SignInResult(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string Role,
    string? DepartmentCode,
    string? RegionCode);
