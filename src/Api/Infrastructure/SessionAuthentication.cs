using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>
/// Checks the session behind every valid bearer token (JWT bearer's <c>OnTokenValidated</c>): a
/// revoked, idle or expired session fails authentication, and so does a sign-in still under way
/// (a <see cref="SessionRestriction"/>) on any endpoint but the ones that finish it. The 401 says why.
/// </summary>
internal static class SessionAuthentication
{
    private const string FailureKey = "relief.auth-failure";

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirst(JwtTokenIssuer.SessionClaim)?.Value, out var sessionId)
            || !Guid.TryParse(principal.FindFirst("sub")?.Value, out var subjectId))
        {
            Fail(context, "session-ended", Text.Pick("登录已失效，请重新登录。", "This sign-in has ended; sign in again."));
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
        var check = await sessions.CheckAsync(sessionId, subjectId, context.HttpContext.RequestAborted);
        switch (check.State)
        {
            case SessionState.Revoked:
                Fail(context, "session-revoked", Text.Pick("登录已失效（已退出，或账号已被停用、调整），请重新登录。", "This sign-in was ended (signed out, or the account was disabled or changed); sign in again."));
                return;
            case SessionState.IdleExpired:
                Fail(context, "session-idle", Text.Pick("长时间未操作，登录已超时，请重新登录。", "Signed out after a period without use; sign in again."));
                return;
            case SessionState.Expired:
                Fail(context, "session-expired", Text.Pick("登录已到期，请重新登录。", "This sign-in has reached its time limit; sign in again."));
                return;
        }

        context.Principal = WithServerClaims(principal, check);
        var allowed = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<SignInStepMetadata>();
        if (check.Restriction != SessionRestriction.None && allowed?.Restrictions.Contains(check.Restriction) != true)
        {
            var (code, message) = check.Restriction switch
            {
                SessionRestriction.SecondFactor => ("totp-required", Text.Pick("请先输入动态验证码完成登录。", "Enter your TOTP code to finish signing in.")),
                SessionRestriction.PasswordChange => ("password-change-required", Text.Pick("请先修改初始密码。", "Change your one-time password first.")),
                _ => ("totp-enrolment-required", Text.Pick("督办员和管理员须先绑定动态验证码。", "Supervisors and administrators must set up TOTP first.")),
            };
            Fail(context, code, message);
        }
    }

    /// <summary>The token's identity with the role, department and region replaced by the server's.</summary>
    private static ClaimsPrincipal WithServerClaims(ClaimsPrincipal principal, SessionCheck check)
    {
        string[] fromServer = [JwtTokenIssuer.RoleClaim, JwtTokenIssuer.DepartmentClaim, JwtTokenIssuer.RegionClaim];
        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => !fromServer.Contains(c.Type)), principal.Identity?.AuthenticationType, "sub", JwtTokenIssuer.RoleClaim);
        identity.AddClaim(new Claim(JwtTokenIssuer.RoleClaim, check.Role.ToString()));
        if (check.DepartmentCode is { } department)
        {
            identity.AddClaim(new Claim(JwtTokenIssuer.DepartmentClaim, department));
        }

        if (check.RegionCode is { } region)
        {
            identity.AddClaim(new Claim(JwtTokenIssuer.RegionClaim, region));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>The reason a token was refused, for the 401's problem details.</summary>
    public static (string Code, string Message)? FailureOf(HttpContext context) =>
        context.Items.TryGetValue(FailureKey, out var failure) ? ((string, string))failure! : null;

    private static void Fail(TokenValidatedContext context, string code, string message)
    {
        context.HttpContext.Items[FailureKey] = (code, message);
        context.Fail(code);
    }
}

/// <summary>Endpoint metadata: the unfinished sign-in steps whose sessions may call the endpoint.</summary>
internal sealed record SignInStepMetadata(IReadOnlyList<SessionRestriction> Restrictions);

internal static class SignInStepExtensions
{
    /// <summary>Lets sessions of these unfinished sign-in steps call the endpoint; all others are refused until the sign-in is complete.</summary>
    public static RouteHandlerBuilder AllowDuringSignIn(this RouteHandlerBuilder builder, params SessionRestriction[] restrictions) =>
        builder.WithMetadata(new SignInStepMetadata(restrictions));
}
