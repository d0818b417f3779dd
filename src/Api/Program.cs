using ReliefPlatform.Api.Endpoints;
using ReliefPlatform.Api.Infrastructure;
using ReliefPlatform.Application;
using ReliefPlatform.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence.Audit;
using ReliefPlatform.Infrastructure.Persistence.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddApiServices(builder.Configuration);

var app = builder.Build();

// `--verify-audit`: check the audit chain, print the result, and exit 0 (intact) or 1 (broken).
if (args.Contains("--verify-audit"))
{
    Environment.Exit(await app.Services.VerifyAuditTrailAsync(Console.Out));
}

var demo = app.Environment.IsDevelopment()
    ? new DemoAccounts(app.Configuration["Demo:Password"] ?? "Demo#2026", app.Configuration["Demo:TotpSecret"] ?? DemoAccounts.DefaultTotpSecret)
    : null;
await app.Services.InitializeDatabaseAsync(demo);

// Localization first, so that error pages written by the exception handler speak the caller's language.
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();

// The contract is public: Swagger is served before authorization, in every environment.
app.UseSwagger();
app.UseSwaggerUI(o => o.DocumentTitle = "ReliefPlatform API");

app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

app.MapHealthEndpoints();

// Node:Role = Jobs runs only the scheduler (and health), so web and job nodes can be separated.
if (!string.Equals(app.Configuration["Node:Role"], "Jobs", StringComparison.OrdinalIgnoreCase))
{
    app.MapAuthEndpoints();
    if (ReliefPlatform.Infrastructure.DependencyInjection.IsOutbox(app.Configuration))
    {
        app.MapDevSmsEndpoints();
    }

    app.MapCatalogEndpoints();
    app.MapApplicationEndpoints();
    app.MapQueueEndpoints();
    app.MapExtensionEndpoints();
    app.MapReportEndpoints();
    app.MapExportEndpoints();
    app.MapPublicEndpoints();
    app.MapNotificationEndpoints();
    app.MapJobEndpoints();
    app.MapCalendarEndpoints();
    app.MapMessageEndpoints();
    app.MapAuditEndpoints();
    app.MapStaffEndpoints();
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"ReliefPlatform is running at {url} (Swagger UI: {url}/swagger)");
    }
});

await app.RunAsync();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
