using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Residents.VerifyIdentity;

internal sealed class VerifyIdentityCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IIdentityVerifier verifier, IPersonalDataIndex index, TimeProvider clock)
    : IRequestHandler<VerifyIdentityCommand, IdentityStatusDto>
{
    public async Task<IdentityStatusDto> Handle(VerifyIdentityCommand request, CancellationToken cancellationToken)
    {
        var id = user.RequiredId();
        var account = await db.Residents.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var idNumber = ResidentIdNumber.Parse(request.IdNumber, ChinaTime.DateOf(nowUtc));
        var name = request.Name.Trim();

        var check = await verifier.CheckAsync(new IdentityClaim(name, idNumber.Value, request.ProviderToken), cancellationToken);
        IdentityRules.ThrowUnlessMatch(check, "name", "idNumber");
        account.Verify(name, idNumber, index.OfIdNumber(idNumber.Value), check.Provider, check.Reference, check.CheckedAt);
        return IdentityStatusDto.Of(account);
    }
}
