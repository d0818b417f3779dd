using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Audit;
using ReliefPlatform.Application.Audit.GetApplicationAudit;
using ReliefPlatform.Application.Audit.VerifyAuditTrail;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/audit/verify", VerifyAuditTrail)
            .WithTags("Audit")
            .RequireAuthorization(Role.Administrator)
            .WithSummary("Check the whole audit chain (administrators)")
            .WithDescription("Reports whether any audit record was edited, deleted or reordered, and where the chain first breaks. The same check runs from the command line: ./build.sh audit-verify.");
        app.MapGet("/api/v1/applications/{id:guid}/audit", GetApplicationAudit)
            .WithTags("Audit")
            .RequireAuthorization(Role.Supervisor)
            .WithSummary("The audit records of one application (supervisors of its region)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<AuditVerification>> VerifyAuditTrail(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyAuditTrailQuery(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<AuditRecordDto>>> GetApplicationAudit(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApplicationAuditQuery(id), cancellationToken));
}
