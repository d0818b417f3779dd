using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.CreateStaffUser;

internal sealed class CreateStaffUserCommandHandler(IApplicationDbContext db, ISecretHasher hasher, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<CreateStaffUserCommand, CreatedStaffUserDto>
{
    // No 0/O, 1/l/I: the password is read out or copied by hand once.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<CreatedStaffUserDto> Handle(CreateStaffUserCommand request, CancellationToken cancellationToken)
    {
        if (await db.StaffUsers.AnyAsync(u => u.Username == request.Username, cancellationToken))
        {
            throw new ConflictException("username-taken", Text.Pick("这个用户名已被使用。", "This username is taken."));
        }

        var role = Enum.Parse<Role>(request.Role);
        var user = new StaffUser(request.Username, request.DisplayName, role, request.DepartmentCode, request.RegionCode);
        var now = clock.GetUtcNow().UtcDateTime;
        var password = NewOneTimePassword();
        user.GiveOneTimePassword(password, hasher.HashPassword, now);
        db.StaffUsers.Add(user);
        audit.Record(new AuditEntry("staff.created", AuditObjects.StaffUser, user.Id.ToString(), Detail: $"{role} {user.DepartmentCode ?? "-"} {user.RegionCode}"));
        return new CreatedStaffUserDto(StaffUserDto.From(user, now), password);
    }

    /// <summary>Four groups of four, about 92 bits: <c>k7Qm-xR4t-…</c>.</summary>
    private static string NewOneTimePassword() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
