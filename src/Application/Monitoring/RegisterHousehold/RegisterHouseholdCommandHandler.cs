using MediatR;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.RegisterHousehold;

internal sealed class RegisterHouseholdCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataIndex index, HouseholdEvaluator evaluator, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RegisterHouseholdCommand, HouseholdDto>
{
    public async Task<HouseholdDto> Handle(RegisterHouseholdCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var household = new Household(request.RegionCode, request.HeadName.Trim(), user.Id!.Value, now);
        household.Record(
            request.HeadName.Trim(), request.Members.Select(m => m.ToMember(index)), request.PerCapitaIncome, request.UnavoidableSpending,
            HouseholdDetails.HardshipsOf(request.Hardships), request.FormerlyPoor, now);
        var thresholds = await evaluator.ThresholdsAsync(cancellationToken);
        evaluator.Evaluate(household, thresholds, user.Id);
        db.Households.Add(household);
        audit.Record(new AuditEntry("household.registered", AuditObjects.Household, household.Id.ToString(), Detail: $"level {household.Level}"));
        return household.ToDto(evaluator.Explain(household, thresholds));
    }
}
