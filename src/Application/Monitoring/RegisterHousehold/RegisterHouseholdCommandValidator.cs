using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.RegisterHousehold;

internal sealed class RegisterHouseholdCommandValidator : AbstractValidator<RegisterHouseholdCommand>
{
    public RegisterHouseholdCommandValidator(IRegionDirectory regions, ICurrentUser user, TimeProvider clock)
    {
        RuleFor(c => c.RegionCode)
            .Must(code => code is not null && regions.Find(code.Value) is { Level: RegionLevel.County or RegionLevel.Township or RegionLevel.Village }
                          && user.RegionCode is not null && RegionCode.IsWithin(code.Value, user.RegionCode))
            .WithMessage(_ => Text.Pick("请选择本县（市、区）内的乡镇或村。", "Choose a township or village in your county."));
        Include(new HouseholdDetailsValidator(clock));
    }
}
