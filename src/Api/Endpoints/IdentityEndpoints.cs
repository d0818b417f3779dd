using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Residents;
using ReliefPlatform.Application.Residents.GetMyIdentity;
using ReliefPlatform.Application.Residents.VerifyIdentity;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>实名认证 of the signed-in resident's account (ADR 0035).</summary>
internal static class IdentityEndpoints
{
    public static void MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/identity").WithTags("Identity").RequireAuthorization(Role.Resident);
        group.MapGet("/", GetMyIdentity)
            .WithSummary("Whether the signed-in resident's account is verified (实名认证), as whom (ID number masked), and the relationships it may file for");
        group.MapPost("/", VerifyIdentity)
            .WithSummary("实名认证: check name and ID number with the identity provider; on a match the account takes that identity")
            .WithDescription(
                "400 on name when the provider says the name does not match the ID number, on idNumber when the register has no such number. " +
                "409 identity-already-verified when the account is verified as someone else. 503 when no identity provider is available (实名认证暂不可用). " +
                "providerToken: what a page-side WeChat/Alipay/CTID flow handed over, for providers that need it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<Ok<IdentityStatusDto>> GetMyIdentity(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyIdentityQuery(), cancellationToken));

    public static async Task<Ok<IdentityStatusDto>> VerifyIdentity(VerifyIdentityRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyIdentityCommand(body.Name, body.IdNumber) { ProviderToken = body.ProviderToken }, cancellationToken));

    /// <summary>The name and the 18-character ID number as on the ID card.</summary>
    public sealed record VerifyIdentityRequest(string Name, string IdNumber, string? ProviderToken);
}
