using Microsoft.Net.Http.Headers;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// Browser protections on every response, errors included (ADR 0012). They are added as the response
/// starts, not as the request comes in, because the exception handler clears the headers of a failed
/// response before writing its problem details; for the same reason HSTS is sent from here rather
/// than by <c>UseHsts</c>.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // Swagger UI loads its scripts from files, but its stylesheet draws icons from data: URIs.
    public const string SwaggerContentSecurityPolicy = ContentSecurityPolicy + "; img-src 'self' data:";

    // The phone page previews the photos it is about to upload (blob:); Vant's icon font is a data: URI in its stylesheet.
    public const string PageContentSecurityPolicy = ContentSecurityPolicy + "; img-src 'self' blob: data:; font-src 'self' data:";

    // Hangfire's dashboard sets inline styles (its scripts are files).
    public const string JobsDashboardContentSecurityPolicy = ContentSecurityPolicy + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Adds the headers; <paramref name="hsts"/>: whether HTTPS responses carry Strict-Transport-Security (outside Development).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context, hsts);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerContentSecurityPolicy
            : context.Request.Path.StartsWithSegments("/api") ? ContentSecurityPolicy
            : context.Request.Path.StartsWithSegments(JobsDashboard.Path) ? JobsDashboardContentSecurityPolicy
            : context.Request.Path.StartsWithSegments("/v") ? Endpoints.VerificationPage.ContentSecurityPolicy
            : Endpoints.NoticeBoardPage.Serves(context.Request.Path) ? Endpoints.NoticeBoardPage.ContentSecurityPolicy
            : PageContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        // API answers name people and cases: no browser or proxy keeps them, unless an endpoint said otherwise.
        if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }
    }
}
