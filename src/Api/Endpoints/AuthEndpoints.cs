using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Auth.ChangePassword;
using ReliefPlatform.Application.Auth.ConfirmTotp;
using ReliefPlatform.Application.Auth.EnrolTotp;
using ReliefPlatform.Application.Auth.GetMe;
using ReliefPlatform.Application.Auth.Logout;
using ReliefPlatform.Application.Auth.RequestOtp;
using ReliefPlatform.Application.Auth.StaffLogin;
using ReliefPlatform.Application.Auth.VerifyOtp;
using ReliefPlatform.Application.Auth.VerifyStaffTotp;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication");
        group.MapPost("/otp", RequestOtp)
            .AllowAnonymous()
            .WithSummary("Send a sign-in code by SMS")
            .WithDescription("Sends a 6-digit code valid for 5 minutes. One request a minute and five an hour per phone, and a limit per client address; more answer 429 with Retry-After.")
            .RequireRateLimiting(ClientRateLimits.OtpRequest)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/otp/verify", VerifyOtp)
            .AllowAnonymous()
            .WithSummary("Sign a resident in with the SMS code")
            .WithDescription("The token lasts as long as its session: 30 minutes without use, 7 days at most (Auth:Sessions:Resident).")
            .RequireRateLimiting(ClientRateLimits.OtpVerify)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", Logout)
            .RequireAuthorization()
            .AllowDuringSignIn(SessionRestriction.SecondFactor, SessionRestriction.PasswordChange, SessionRestriction.TotpEnrolment)
            .WithSummary("Sign out: end the caller's session (residents and staff)")
            .WithDescription("The token is refused from the next request on, on every node.");

        group.MapGet("/me", GetMe)
            .RequireAuthorization(ApiServices.Staff)
            .WithSummary("The signed-in member of staff: name, role, department and region, for the console");
        group.MapPost("/staff/login", StaffLogin)
            .AllowAnonymous()
            .WithSummary("Sign a member of staff in: the password step")
            .WithDescription(
                "Answers a token and nextStep. nextStep null: signed in. \"totp\": send the authenticator code with this token to " +
                "/auth/staff/totp/verify within 5 minutes. \"password-change\": replace the one-time password at /auth/staff/password. " +
                "\"totp-enrolment\": supervisors and administrators enrol TOTP first (/auth/staff/totp/enrol, then /confirm). Until then the " +
                "token is refused everywhere else with 401 and a code saying which step is missing. Five wrong passwords or codes in a row " +
                "lock the account for 15 minutes (Auth:Lockout): 401 with code account-locked and lockedUntil. An unknown username answers " +
                "exactly as a wrong password does.")
            .RequireRateLimiting(ClientRateLimits.StaffLogin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/staff/totp/verify", VerifyStaffTotp)
            .RequireAuthorization(ApiServices.Staff)
            .AllowDuringSignIn(SessionRestriction.SecondFactor)
            .WithSummary("Finish a staff sign-in with the TOTP code, using the password step's token")
            .WithDescription("A wrong code answers 400 on code and counts toward the lockout; a code is accepted once (one from 30 s either side of now is accepted for clock drift).")
            .RequireRateLimiting(ClientRateLimits.StaffLogin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/staff/totp/enrol", EnrolTotp)
            .RequireAuthorization(ApiServices.Staff)
            .AllowDuringSignIn(SessionRestriction.TotpEnrolment)
            .WithSummary("Start TOTP enrolment: a new secret and its otpauth:// URI for a QR code")
            .WithDescription("RFC 6238: HMAC-SHA1, 6 digits, 30-second steps. The secret is shown only here; the service keeps it encrypted. 409 when TOTP is already on (an administrator can reset it).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/staff/totp/confirm", ConfirmTotp)
            .RequireAuthorization(ApiServices.Staff)
            .AllowDuringSignIn(SessionRestriction.TotpEnrolment)
            .WithSummary("Switch TOTP on with a first code; answers a new token, every other session of the account ends")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/staff/password", ChangePassword)
            .RequireAuthorization(ApiServices.Staff)
            .AllowDuringSignIn(SessionRestriction.PasswordChange)
            .WithSummary("Change one's own password, giving the current one; answers a new token, every other session ends")
            .WithDescription("12 to 128 characters of any kind, not containing the username, not a commonly used password. A wrong current password counts toward the lockout.")
            .ProducesValidationProblem();
    }

    public static async Task<Accepted<RequestOtpResult>> RequestOtp(RequestOtpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await mediator.Send(command, cancellationToken));

    public static async Task<Ok<SignInResult>> VerifyOtp(VerifyOtpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<NoContent> Logout(IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new LogoutCommand(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<StaffProfileDto>> GetMe(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMeQuery(), cancellationToken));

    public static async Task<Ok<SignInResult>> StaffLogin(StaffLoginCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<SignInResult>> VerifyStaffTotp(VerifyStaffTotpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<TotpEnrolmentDto>> EnrolTotp(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EnrolTotpCommand(), cancellationToken));

    public static async Task<Ok<SignInResult>> ConfirmTotp(ConfirmTotpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<SignInResult>> ChangePassword(ChangePasswordCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));
}
