using ReliefPlatform.Api.Endpoints;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Api.Infrastructure.Telemetry;
using ReliefPlatform.Application;
using ReliefPlatform.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Audit;
using ReliefPlatform.Infrastructure.Persistence.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddApiServices(builder.Configuration);
builder.Services.AddWebPageCompression();
var jsonLogs = builder.AddTelemetry();

// Kestrel's limits (Kestrel:Limits:*) are not read from configuration unless bound; the body limit is 1 MB in appsettings.json.
builder.WebHost.ConfigureKestrel((context, o) =>
{
    o.AddServerHeader = false;
    o.MarkNulInRequestLines();
    context.Configuration.GetSection("Kestrel:Limits").Bind(o.Limits);
});

var app = builder.Build();

// `--verify-audit`: check the audit chain, print the result, and exit 0 (intact) or 1 (broken).
if (args.Contains("--verify-audit"))
{
    Environment.Exit(await app.Services.VerifyAuditTrailAsync(Console.Out));
}

// `--backup FILE`: an online copy of the SQLite database (ops/backup.sh); exit 0 when written.
if (Array.IndexOf(args, "--backup") is var backup and >= 0 && backup + 1 < args.Length)
{
    Environment.Exit(await app.Services.BackupDatabaseAsync(args[backup + 1], Console.Out));
}

var demo = app.Environment.IsDevelopment()
    ? new DemoAccounts(app.Configuration["Demo:Password"] ?? "Demo#2026", app.Configuration["Demo:TotpSecret"] ?? DemoAccounts.DefaultTotpSecret)
    : null;
await app.Services.InitializeDatabaseAsync(demo);

// The client's address first (from a trusted proxy only), for the per-address limits and HSTS; then
// localization, so that error pages written by the exception handler speak the caller's language.
app.UseForwardedHeaders();
app.UseSecurityHeaders(hsts: !app.Environment.IsDevelopment());
app.UseRequestLocalization();
app.UseExceptionHandler();
app.RefuseControlCharactersInPath();
app.UseStatusCodePages();
app.UseRateLimiter();

// Hangfire's read-only dashboard for administrators, behind its own session-bound cookie (ADR 0024).
if (!string.Equals(app.Configuration["Node:Role"], "Jobs", StringComparison.OrdinalIgnoreCase))
{
    app.UseJobsDashboard();
}

// The phone page (web/dist): static files answered before authorization, which would otherwise ask for a sign-in.
app.UseWebPage();

// The contract is shared with the teams that build on it, not with everyone on the internet: in
// production the document and UI would map every route and parameter for an attacker, so Swagger is
// served (before authorization) in Development, elsewhere only when Swagger:Enabled says so.
var swagger = app.Configuration.GetValue("Swagger:Enabled", app.Environment.IsDevelopment());
if (swagger)
{
    app.UseSwagger();
    app.UseSwaggerUI(o => o.DocumentTitle = "ReliefPlatform API");
}

app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

app.MapHealthEndpoints();

// Node:Role = Jobs runs only the scheduler (and health), so web and job nodes can be separated.
if (!string.Equals(app.Configuration["Node:Role"], "Jobs", StringComparison.OrdinalIgnoreCase))
{
    app.MapAuthEndpoints();
    // The outbox route hands anyone the sign-in code of any phone: Development only, unless Sms:DevRouteEnabled says so.
    if (ReliefPlatform.Infrastructure.DependencyInjection.IsOutbox(app.Configuration)
        && app.Configuration.GetValue("Sms:DevRouteEnabled", app.Environment.IsDevelopment()))
    {
        app.MapDevSmsEndpoints();
    }

    app.MapCatalogEndpoints();
    app.MapApplicationEndpoints();
    app.MapAppealEndpoints();
    app.MapProcedureEndpoints();
    app.MapHelpRequestEndpoints();
    app.MapQueueEndpoints();
    app.MapExtensionEndpoints();
    app.MapReportEndpoints();
    app.MapExportEndpoints();
    app.MapPublicEndpoints();
    app.MapSpeechEndpoints();
    app.MapNotificationEndpoints();
    app.MapJobEndpoints();
    app.MapCalendarEndpoints();
    app.MapMessageEndpoints();
    app.MapAuditEndpoints();
    app.MapStaffEndpoints();
    app.MapMonitoringEndpoints();
    app.MapEligibilityEndpoints();
    app.MapDraftEndpoints();
    app.MapIdentityEndpoints();
    app.MapAttachmentEndpoints();
    app.MapDocumentEndpoints();
}

// A log platform reads the console as JSON lines; there, "Now listening on" (logged) says the same.
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in jsonLogs ? [] : app.Urls)
    {
        Console.WriteLine(swagger ? $"ReliefPlatform is running at {url} (Swagger UI: {url}/swagger)" : $"ReliefPlatform is running at {url}");
    }
});

await app.RunAsync();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
