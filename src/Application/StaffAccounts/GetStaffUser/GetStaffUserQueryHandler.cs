using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUser;

internal sealed class GetStaffUserQueryHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<GetStaffUserQuery, StaffUserDto>
{
    public async Task<StaffUserDto> Handle(GetStaffUserQuery request, CancellationToken cancellationToken) =>
        await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == request.Id)
            .Select(StaffUserDto.Projection(clock.GetUtcNow().UtcDateTime))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException();
}
