using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Monitoring.GetHousehold;

/// <summary>One household of the caller's county or region, with every change of its level.</summary>
[Authorize(Role.Caseworker, Role.Supervisor)]
public sealed record GetHouseholdQuery(Guid Id) : IQuery<HouseholdDto>;

internal sealed class GetHouseholdQueryHandler(IApplicationDbContext db, ICurrentUser user, HouseholdEvaluator evaluator) : IRequestHandler<GetHouseholdQuery, HouseholdDto>
{
    public async Task<HouseholdDto> Handle(GetHouseholdQuery request, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().VisibleTo(user)
            .Include(h => h.Members)
            .Include(h => h.Changes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        return household.ToDto(evaluator.Explain(household, await evaluator.ThresholdsAsync(cancellationToken)));
    }
}
