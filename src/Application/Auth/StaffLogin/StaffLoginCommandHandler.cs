using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Auth.StaffLogin;

internal sealed class StaffLoginCommandHandler(IApplicationDbContext db, ISecretHasher hasher, ITokenIssuer tokens)
    : IRequestHandler<StaffLoginCommand, SignInResult>
{
    // Verified when the username is unknown, so both failures take the same time.
    private static string? s_decoyHash;

    public async Task<SignInResult> Handle(StaffLoginCommand request, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Username == request.Username.Trim(), cancellationToken)
            ;

        var valid = hasher.VerifyPassword(user?.PasswordHash ?? (s_decoyHash ??= hasher.HashPassword(Guid.NewGuid().ToString())), request.Password);
        if (user is null || !valid || user.IsDisabled)
        {
            throw new UnauthorizedAccessException();
        }

        var role = user.Role.ToString();
        var token = tokens.Issue(user.Id, role, user.DepartmentCode, user.RegionCode);
        return new SignInResult(token.Value, token.ExpiresAt, role, user.DepartmentCode, user.RegionCode);
    }
}
