using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Monitoring.SetThresholds;

internal sealed class SetThresholdsCommandValidator : AbstractValidator<SetThresholdsCommand>
{
    public SetThresholdsCommandValidator(IRegionDirectory regions)
    {
        RuleFor(c => c.Year).InclusiveBetween(2020, 2100).WithMessage(_ => Text.Pick("年份应在 2020 到 2100 之间。", "The year must be between 2020 and 2100."));
        RuleFor(c => c.RegionCode)
            .Must(code => regions.Find(code?.Value) is { Level: RegionLevel.Province or RegionLevel.Prefecture or RegionLevel.County } r && RegionCode.IsWithin(r.Code, regions.ProvinceCode))
            .WithMessage(_ => Text.Pick("请选择本省、州（市）或县（市、区）。", "Choose the province, a prefecture or a county."));
        RuleFor(c => c.PovertyLine).InclusiveBetween(1, 1_000_000).WithMessage(_ => Text.Pick("贫困线应为正数（元/人·年）。", "The poverty line is a positive amount (yuan per person per year)."));
        RuleFor(c => c.WarningFactor).InclusiveBetween(1, 10).WithMessage(_ => Text.Pick("预警倍数应在 1 到 10 之间。", "The warning factor is between 1 and 10."));
        RuleFor(c => c.MonitoringLine).InclusiveBetween(1, 1_000_000).WithMessage(_ => Text.Pick("监测线应为正数（元/人·年）。", "The monitoring line is a positive amount (yuan per person per year)."));
        RuleFor(c => c.LargeSpendingLine).InclusiveBetween(1, 10_000_000).WithMessage(_ => Text.Pick("大额刚性支出标准应为正数（元/户·年）。", "The large-spending line is a positive amount (yuan per household per year)."));
    }
}
