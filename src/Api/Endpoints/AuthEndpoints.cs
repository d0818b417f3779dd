using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Auth.RequestOtp;
using ReliefPlatform.Application.Auth.StaffLogin;
using ReliefPlatform.Application.Auth.VerifyOtp;

namespace ReliefPlatform.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication").AllowAnonymous();
        group.MapPost("/otp", RequestOtp)
            .WithSummary("Send a sign-in code by SMS")
            .WithDescription("Sends a 6-digit code valid for 5 minutes. One request a minute and five an hour per phone, and a limit per client address; more answer 429 with Retry-After.")
            .RequireRateLimiting(ClientRateLimits.OtpRequest)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/otp/verify", VerifyOtp)
            .WithSummary("Sign a resident in with the SMS code")
            .RequireRateLimiting(ClientRateLimits.OtpVerify)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/staff/login", StaffLogin)
            .WithSummary("Sign a member of staff in")
            .RequireRateLimiting(ClientRateLimits.StaffLogin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static async Task<Accepted<RequestOtpResult>> RequestOtp(RequestOtpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await mediator.Send(command, cancellationToken));

    public static async Task<Ok<SignInResult>> VerifyOtp(VerifyOtpCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));

    public static async Task<Ok<SignInResult>> StaffLogin(StaffLoginCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));
}
