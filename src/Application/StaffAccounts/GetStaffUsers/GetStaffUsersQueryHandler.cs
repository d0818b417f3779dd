using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUsers;

internal sealed class GetStaffUsersQueryHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<GetStaffUsersQuery, StaffUserPageDto>
{
    public async Task<StaffUserPageDto> Handle(GetStaffUsersQuery request, CancellationToken cancellationToken)
    {
        var accounts = db.StaffUsers.AsNoTracking();
        if (request.Role is not null)
        {
            var role = Enum.Parse<Role>(request.Role);
            accounts = accounts.Where(u => u.Role == role);
        }

        if (request.DepartmentCode is not null)
        {
            accounts = accounts.Where(u => u.DepartmentCode == request.DepartmentCode);
        }

        if (request.RegionCode is not null)
        {
            var prefix = request.RegionCode.SubtreePrefix;
            accounts = accounts.Where(u => u.RegionCode.StartsWith(prefix));
        }

        var total = await accounts.CountAsync(cancellationToken);
        var items = await accounts.OrderBy(u => u.Username)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(StaffUserDto.Projection(clock.GetUtcNow().UtcDateTime))
            .ToListAsync(cancellationToken);
        return new StaffUserPageDto(items, total, request.Page, request.PageSize);
    }
}
