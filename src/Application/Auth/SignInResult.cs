namespace ReliefPlatform.Application.Auth;

/// <summary>
/// A bearer token and whom it signs in. <see cref="NextStep"/> is null for a full sign-in; otherwise the
/// token is good only for that step: <c>totp</c> (send the code to <c>/auth/staff/totp/verify</c>),
/// <c>password-change</c> (<c>/auth/staff/password</c>) or <c>totp-enrolment</c>
/// (<c>/auth/staff/totp/enrol</c>, then <c>/confirm</c>), each of which answers with the next token.
/// </summary>
public sealed record SignInResult(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string Role,
    string? DepartmentCode,
    string? RegionCode,
    string? NextStep = null);
