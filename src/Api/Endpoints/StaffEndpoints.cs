using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.StaffAccounts;
using ReliefPlatform.Application.StaffAccounts.CreateStaffUser;
using ReliefPlatform.Application.StaffAccounts.DisableStaffUser;
using ReliefPlatform.Application.StaffAccounts.EnableStaffUser;
using ReliefPlatform.Application.StaffAccounts.GetStaffUser;
using ReliefPlatform.Application.StaffAccounts.GetStaffUsers;
using ReliefPlatform.Application.StaffAccounts.RescopeStaffUser;
using ReliefPlatform.Application.StaffAccounts.ResetStaffTotp;
using ReliefPlatform.Application.StaffAccounts.UnlockStaffUser;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Api.Endpoints;

/// <summary>Staff accounts, for administrators: every change is audited, and the ones that make tokens stale end the account's sessions.</summary>
internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/staff").WithTags("Staff accounts").RequireAuthorization(Role.Administrator);
        group.MapGet("/", GetStaffUsers)
            .WithSummary("Staff accounts by username, paged; filter by role, department, or region (and the regions below it)")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetStaffUser)
            .WithSummary("One staff account")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateStaffUser)
            .WithSummary("Open a staff account; the answer holds a one-time password, shown once, that the first sign-in must replace")
            .WithDescription("A caseworker needs a department of the catalog and a county; a supervisor the province, a prefecture or a county; an administrator the province. 409 when the username is taken.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/disable", DisableStaffUser)
            .WithSummary("Disable an account: it cannot sign in, and its sessions end at once (not one's own: 409)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/enable", EnableStaffUser)
            .WithSummary("Enable a disabled account again")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/rescope", RescopeStaffUser)
            .WithSummary("Change an account's role, department or region; its sessions end (not one's own role: 409)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/totp/reset", ResetStaffTotp)
            .WithSummary("Reset an account's second factor (lost phone); its sessions end, and it enrols again at the next sign-in")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/unlock", UnlockStaffUser)
            .WithSummary("Lift a lockout before its time")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<StaffUserPageDto>> GetStaffUsers(
        string? role, [FromQuery(Name = "department")] string? departmentCode, [FromQuery(Name = "region")] string? regionCode, int? page, int? pageSize,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStaffUsersQuery(role, departmentCode, Codes.ParseOptional<RegionCode>(regionCode), page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<StaffUserDto>> GetStaffUser(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStaffUserQuery(id), cancellationToken));

    public static async Task<Created<CreatedStaffUserDto>> CreateStaffUser(CreateStaffUserCommand command, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/staff/{created.User.Id}", created);
    }

    public static async Task<Ok<StaffUserDto>> DisableStaffUser(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DisableStaffUserCommand(id), cancellationToken));

    public static async Task<Ok<StaffUserDto>> EnableStaffUser(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EnableStaffUserCommand(id), cancellationToken));

    public static async Task<Ok<StaffUserDto>> RescopeStaffUser(Guid id, ScopeBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RescopeStaffUserCommand(id, body.Role, body.DepartmentCode, body.RegionCode), cancellationToken));

    public static async Task<Ok<StaffUserDto>> ResetStaffTotp(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ResetStaffTotpCommand(id), cancellationToken));

    public static async Task<Ok<StaffUserDto>> UnlockStaffUser(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UnlockStaffUserCommand(id), cancellationToken));

    public sealed record ScopeBody(string Role, DepartmentCode? DepartmentCode, RegionCode RegionCode);
}
