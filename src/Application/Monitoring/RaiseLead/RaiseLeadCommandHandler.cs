using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.RaiseLead;

internal sealed class RaiseLeadCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RaiseLeadCommand, LeadDto>
{
    public async Task<LeadDto> Handle(RaiseLeadCommand request, CancellationToken cancellationToken)
    {
        if (request.HouseholdId is { } householdId && !await db.Households.EditableBy(user).AnyAsync(h => h.Id == householdId, cancellationToken))
        {
            throw new ValidationException("householdId", Text.Pick("没有找到本县的这户家庭。", "There is no such household in your county."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lead = new Lead(request.RegionCode, request.Subject.Trim(), request.HouseholdId, user.Id!.Value, now);
        db.Leads.Add(lead);
        return lead.ToDto(ChinaTime.DateOf(now));
    }
}
