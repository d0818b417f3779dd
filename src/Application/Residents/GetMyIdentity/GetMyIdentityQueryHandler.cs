using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Residents.GetMyIdentity;

internal sealed class GetMyIdentityQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetMyIdentityQuery, IdentityStatusDto>
{
    public async Task<IdentityStatusDto> Handle(GetMyIdentityQuery request, CancellationToken cancellationToken)
    {
        var id = user.RequiredId();
        var account = await db.Residents.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.VerifiedName, r.VerifiedIdNumber, r.VerifiedAt })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return IdentityStatusDto.Of(account.VerifiedName, account.VerifiedIdNumber, account.VerifiedAt);
    }
}
