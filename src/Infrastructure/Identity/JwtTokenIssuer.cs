using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Infrastructure.Identity;

/// <summary>
/// Tokens that name their session (<c>sid</c>) and expire with it at the latest; the API checks the
/// session on every request, so idle expiry and revocation need no shorter token (ADR 0013).
/// </summary>
internal sealed class JwtTokenIssuer(AuthOptions options) : ITokenIssuer
{
    public const string DepartmentClaim = "dept";
    public const string RegionClaim = "region";
    public const string RoleClaim = "role";
    public const string SessionClaim = "sid";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(SigningKeyOf(options), SecurityAlgorithms.HmacSha256);

    public static SymmetricSecurityKey SigningKeyOf(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public AccessToken Issue(UserSession session, string? departmentCode, string? regionCode)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = session.SubjectId.ToString(),
            [RoleClaim] = session.Role.ToString(),
            [SessionClaim] = session.Id.ToString(),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (departmentCode is not null)
        {
            claims[DepartmentClaim] = departmentCode;
        }

        if (regionCode is not null)
        {
            claims[RegionClaim] = regionCode;
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = session.CreatedAt,
            NotBefore = session.CreatedAt,
            Expires = session.ExpiresAt,
            SigningCredentials = _credentials,
        });
        return new AccessToken(token, new DateTimeOffset(session.ExpiresAt, TimeSpan.Zero));
    }
}
