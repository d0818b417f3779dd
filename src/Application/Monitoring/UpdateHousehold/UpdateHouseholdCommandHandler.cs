using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.UpdateHousehold;

internal sealed class UpdateHouseholdCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataIndex index, HouseholdEvaluator evaluator, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<UpdateHouseholdCommand, HouseholdDto>
{
    public async Task<HouseholdDto> Handle(UpdateHouseholdCommand request, CancellationToken cancellationToken)
    {
        var household = await db.Households.EditableBy(user)
            .Include(h => h.Members)
            .Include(h => h.Changes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (request.ExpectedVersion is { } expected && expected != household.Version)
        {
            throw ConcurrencyConflict.Create(typeof(Household));
        }

        // Members are replaced as a whole: the old rows, orphaned from a required relationship, are deleted.
        var now = clock.GetUtcNow().UtcDateTime;
        household.Record(
            request.HeadName.Trim(), request.Members.Select(m => m.ToMember(index)), request.PerCapitaIncome, request.UnavoidableSpending,
            HouseholdDetails.HardshipsOf(request.Hardships), request.FormerlyPoor, now);
        var thresholds = await evaluator.ThresholdsAsync(cancellationToken);
        evaluator.Evaluate(household, thresholds, user.Id);
        audit.Record(new AuditEntry("household.updated", AuditObjects.Household, household.Id.ToString(), Detail: $"level {household.Level}"));
        return household.ToDto(evaluator.Explain(household, thresholds));
    }
}
