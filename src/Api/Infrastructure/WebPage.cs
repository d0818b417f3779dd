using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// Serves the web pages built from <c>web/</c> (ADR 0019): the resident's phone page at <c>/</c>
/// (<c>index.html</c>) and the staff console at <c>/staff</c> (<c>staff.html</c>, ADR 0020). Vite names
/// every script, stylesheet and image under <c>/assets/</c> by its content hash, so those are cached for a
/// year and never revalidated; the HTML pages that name them are revalidated on every visit, so a release
/// reaches phones at once. Text files are gzipped on the way out (they hold no secrets).
/// </summary>
internal static class WebPage
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private const string StaffPage = "/staff.html";

    /// <summary>
    /// <c>Web:Root</c>, else the published <c>wwwroot</c>, else <c>web/dist</c> of the source tree (for
    /// <c>./build.sh run</c>); null when no page has been built, and then only the API is served.
    /// </summary>
    public static string? Root(IConfiguration configuration, IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            configuration["Web:Root"] ?? "",
            Path.Combine(environment.ContentRootPath, "wwwroot"),
            Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "web", "dist")),
        ];
        return candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(Path.Combine(c, "index.html")));
    }

    public static IServiceCollection AddWebPageCompression(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"];
        }).Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.SmallestSize);

    /// <summary>The pages and their assets; the public catalog and regions are compressed too (the first screen waits for them).</summary>
    public static WebApplication UseWebPage(this WebApplication app)
    {
        app.UseWhen(
            c => !c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/api/v1/catalog") || c.Request.Path.StartsWithSegments("/api/v1/regions"),
            b => b.UseResponseCompression());
        if (Root(app.Configuration, app.Environment) is not { } root)
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);

        // The console routes with the browser's history (/staff/queue, /staff/applications/…): every such
        // path is the console's page, which then shows the screen; its scripts and styles are under /assets.
        app.Use((context, next) =>
        {
            if (IsConsoleRoute(context.Request))
            {
                context.Request.Path = StaffPage;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var path = context.Context.Request.Path;
                context.Context.Response.Headers[HeaderNames.CacheControl] =
                    path.StartsWithSegments("/assets") ? ImmutableCacheControl : "no-cache";
            },
        });
        return app;
    }

    private static bool IsConsoleRoute(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
        && !Path.HasExtension(request.Path.Value);
}
