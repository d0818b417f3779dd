using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Application.Reports.Exports.DownloadExport;
using ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;
using ReliefPlatform.Application.Reports.Exports.GetArchivedCompletionExport;
using ReliefPlatform.Application.Reports.Exports.GetExport;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.Endpoints;

internal static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Role.Supervisor);

        group.MapGet("/completion/export", ExportCompletionReport)
            .WithSummary("The completion report as an xlsx or CSV file, with its parameters, as-of time, metric version and SHA-256")
            .WithDescription(
                "format = xlsx (summary, per-stage, detail and metadata sheets) | csv (part = summary, stages or detail; UTF-8 with BOM; a trailing # comment block). " +
                "Small exports answer 200 with the file; large ones answer 202 with the export to poll at its Location. " +
                "asOf = the as-of time of an earlier export with the same parameters → that very file, byte for byte.")
            .Produces(StatusCodes.Status200OK, contentType: Xlsx, additionalContentTypes: ["text/csv"])
            .Produces<ExportStatusDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/exports", ListExports)
            .WithSummary("The latest exports of the supervisor's region, newest first");

        group.MapGet("/exports/{id:guid}", GetExport)
            .WithSummary("An export's progress (rows written, percent) and, when done, its download address and hashes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/exports/{id:guid}/file", DownloadExport)
            .WithSummary("The archived file of a finished export")
            .Produces(StatusCodes.Status200OK, contentType: Xlsx, additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<IResult> ExportCompletionReport(
        DateOnly from, DateOnly to, string? format, string? groupBy, string? part, DateTimeOffset? asOf,
        HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var export = asOf is { } at
            ? await mediator.Send(new GetArchivedCompletionExportQuery(format ?? "xlsx", from, to, at, groupBy ?? "department", part), cancellationToken)
            : await mediator.Send(new ExportCompletionReportCommand(format ?? "xlsx", from, to, groupBy ?? "department", part), cancellationToken);
        return export.DownloadUrl is null
            ? TypedResults.Accepted($"/api/v1/reports/exports/{export.Id}", export)
            : await DownloadExport(export.Id, http, mediator, cancellationToken);
    }

    public static async Task<Ok<IReadOnlyList<ExportStatusDto>>> ListExports(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetExportsQuery(), cancellationToken));

    public static async Task<Ok<ExportStatusDto>> GetExport(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetExportQuery(id), cancellationToken));

    public static async Task<IResult> DownloadExport(Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new DownloadExportCommand(id), cancellationToken);
        http.Response.Headers["X-Export-Id"] = id.ToString();
        http.Response.Headers["X-Content-SHA256"] = file.Sha256;
        http.Response.Headers["X-As-Of"] = file.AsOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
