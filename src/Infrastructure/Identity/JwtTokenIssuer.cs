using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ReliefPlatform.Application.Auth;

namespace ReliefPlatform.Infrastructure.Identity;

internal sealed class JwtTokenIssuer(AuthOptions options, TimeProvider clock) : ITokenIssuer
{
    public const string DepartmentClaim = "dept";
    public const string RegionClaim = "region";
    public const string RoleClaim = "role";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(SigningKeyOf(options), SecurityAlgorithms.HmacSha256);

    public static SymmetricSecurityKey SigningKeyOf(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public AccessToken Issue(Guid subjectId, string role, string? departmentCode, string? regionCode)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.AccessTokenMinutes);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subjectId.ToString(),
            [RoleClaim] = role,
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
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
        });
        return new AccessToken(token, expires);
    }
}
