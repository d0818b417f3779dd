using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Bench;

/// <summary>
/// <c>POST /bench/bare-submit</c>: the same submission without the MediatR pipeline. It authenticates the
/// same bearer token and requires the Resident role, runs the same FluentValidation validator, does what
/// <c>SubmitApplicationCommandHandler</c> does (including its duplicate check), adds the row and saves
/// once: no explicit transaction, no idempotency lookup or record, no behaviors, and no domain-event
/// dispatch (so no SMS outbox row). It answers 201 with the same body. It exists only in the bench: a
/// middleware put first in the app's pipeline by a startup filter, so it also skips routing, the
/// authorization middleware, request localization and the exception handler.
/// </summary>
internal static class BareSubmitEndpoint
{
    public const string Path = "/bench/bare-submit";

    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.Ordinal))
                {
                    await HandleAsync(context);
                }
                else
                {
                    await nextMiddleware(context);
                }
            });
            next(app);
        };
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var cancellationToken = context.RequestAborted;

        var auth = await context.AuthenticateAsync();
        if (!auth.Succeeded || auth.Principal is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        context.User = auth.Principal;
        if (!auth.Principal.IsInRole(Roles.Resident))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var command = await context.Request.ReadFromJsonAsync<SubmitApplicationCommand>(json, cancellationToken);
        if (command is null)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A JSON body is required.").ExecuteAsync(context);
            return;
        }

        var validation = await services.GetRequiredService<IValidator<SubmitApplicationCommand>>().ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            await Results.ValidationProblem(validation.ToDictionary()).ExecuteAsync(context);
            return;
        }

        // What SubmitApplicationCommandHandler does, minus the pipeline around it.
        var catalog = services.GetRequiredService<ICatalog>();
        var calendars = services.GetRequiredService<IWorkingCalendarProvider>();
        var db = services.GetRequiredService<IApplicationDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();

        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var item = snapshot.FindItem(command.ItemCode);
        if (item is null)
        {
            await Results.Problem(statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var idNumber = ResidentIdNumber.Parse(command.Applicant.IdNumber, ChinaTime.DateOf(now));
        var caseKey = $"{item.Code}|{idNumber.Value}";
        if (await db.Applications.AnyAsync(a => a.OpenCaseKey == caseKey, cancellationToken))
        {
            await Results.Problem(statusCode: StatusCodes.Status409Conflict, type: "duplicate-application").ExecuteAsync(context);
            return;
        }

        var residentId = Guid.Parse(auth.Principal.FindFirstValue("sub")!);
        var application = ReliefApplication.Submit(
            NewTrackingNumber(now),
            item,
            command.RegionCode,
            Applicant.Create(command.Applicant.Name, idNumber, MobileNumber.Parse(command.Applicant.Phone), services.GetRequiredService<IPersonalDataIndex>().OfIdNumber(idNumber.Value)),
            AnswerSheet.Check(item, command.Answers).Json,
            command.Description,
            FilingChannel.Resident,
            residentId,
            new Actor(ActorRole.Resident, residentId),
            now,
            calendar,
            snapshot.IntakeTimeLimitWorkingDays);
        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (services.GetRequiredService<IDatabaseErrors>().IsUniqueViolation(ex))
        {
            // As the unit-of-work behavior answers a unique-key violation (here: a tracking-number collision).
            await Results.Problem(statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["code"] = "duplicate" })
                .ExecuteAsync(context);
            return;
        }

        var dto = new SubmittedApplicationDto(
            application.Id,
            application.TrackingNumber,
            application.Status.ToString(),
            application.ItemCode,
            application.DepartmentCode,
            application.RegionCode,
            ChinaTime.ToChinaOffset(application.SubmittedAt),
            application.DueDate);
        await TypedResults.Created($"/api/v1/applications/{application.Id}", dto).ExecuteAsync(context);
    }

    /// <summary>As the handler: the China date and eight random digits.</summary>
    private static string NewTrackingNumber(DateTime nowUtc) =>
        ChinaTime.DateOf(nowUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" +
        RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
}
