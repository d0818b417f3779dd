using FluentValidation;

namespace ReliefPlatform.Application.Monitoring.UpdateHousehold;

internal sealed class UpdateHouseholdCommandValidator : AbstractValidator<UpdateHouseholdCommand>
{
    public UpdateHouseholdCommandValidator(TimeProvider clock) => Include(new HouseholdDetailsValidator(clock));
}
