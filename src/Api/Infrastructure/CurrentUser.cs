using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Api.Infrastructure;

/// <summary>The caller as the validated bearer token says.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirst("sub")?.Value, out var id) ? id : null;

    public Role? Role => Principal?.FindFirst(JwtTokenIssuer.RoleClaim)?.Value.TryParseRole(out var role) == true ? role : null;

    public string? DepartmentCode => Principal?.FindFirst(JwtTokenIssuer.DepartmentClaim)?.Value;

    public string? RegionCode => Principal?.FindFirst(JwtTokenIssuer.RegionClaim)?.Value;

    public Guid? SessionId => Guid.TryParse(Principal?.FindFirst(JwtTokenIssuer.SessionClaim)?.Value, out var id) ? id : null;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
