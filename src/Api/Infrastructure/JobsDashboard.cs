using Hangfire;
using Hangfire.Dashboard;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// Hangfire's dashboard at <c>/jobs</c>, read-only, for administrators (ADR 0024). The console signs
/// in with bearer tokens, which a browser does not send on a page load; so an administrator's console
/// asks for a short-lived credential in an HttpOnly, SameSite=Strict cookie scoped to the dashboard's
/// path, and every dashboard request checks it and the server-side session behind it. Triggering runs
/// stays on the audited API.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/jobs";
    public const string CookieName = "relief-jobs";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IApplicationBuilder UseJobsDashboard(this IApplicationBuilder app) => app.UseHangfireDashboard(Path, new DashboardOptions
    {
        Authorization = [],
        AsyncAuthorization = [new SessionCookieFilter()],
        IsReadOnlyFunc = _ => true,
        AppPath = "/staff/admin/jobs",
        DashboardTitle = "ReliefPlatform · 定时任务 / Jobs",
        DisplayStorageConnectionString = false,
    });

    /// <summary>Sets the dashboard cookie for the signed-in administrator's current session, lasting at most as long as it.</summary>
    public static DateTimeOffset Issue(HttpContext context, AuthOptions auth, TimeProvider clock)
    {
        var user = context.User;
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = AudienceOf(auth),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = user.FindFirst("sub")!.Value,
                [JwtTokenIssuer.RoleClaim] = nameof(Role.Administrator),
                [JwtTokenIssuer.SessionClaim] = user.FindFirst(JwtTokenIssuer.SessionClaim)!.Value,
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(JwtTokenIssuer.SigningKeyOf(auth), SecurityAlgorithms.HmacSha256),
        });
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            Path = Path,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Expires = expires,
            IsEssential = true,
        });
        return expires;
    }

    // Its own audience, so the cookie's token is no bearer token for the API, nor an API token a dashboard credential.
    private static string AudienceOf(AuthOptions auth) => auth.Audience + Path;

    private sealed class SessionCookieFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (!http.Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token))
            {
                return false;
            }

            var services = http.RequestServices;
            var auth = services.GetRequiredService<AuthOptions>();
            var clock = services.GetRequiredService<TimeProvider>();
            var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = AudienceOf(auth),
                IssuerSigningKey = JwtTokenIssuer.SigningKeyOf(auth),
                ClockSkew = TimeSpan.Zero,
                LifetimeValidator = (notBefore, expires, _, _) => clock.GetUtcNow().UtcDateTime is var now && notBefore <= now && now < expires,
            });
            if (!validated.IsValid
                || Claim(validated, JwtTokenIssuer.RoleClaim) != nameof(Role.Administrator)
                || !Guid.TryParse(Claim(validated, JwtTokenIssuer.SessionClaim), out var sessionId)
                || !Guid.TryParse(Claim(validated, JwtRegisteredClaimNames.Sub), out var subjectId))
            {
                return false;
            }

            var check = await services.GetRequiredService<SessionService>().CheckAsync(sessionId, subjectId, http.RequestAborted);
            // The session's own role decides, as for the API: a cookie re-signed for another session gains nothing.
            return check is { State: SessionState.Active, Restriction: SessionRestriction.None, Role: Role.Administrator };
        }

        private static string? Claim(TokenValidationResult result, string name) => result.Claims.TryGetValue(name, out var value) ? value as string : null;
    }
}
