using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.GetHouseholds;

internal sealed class GetHouseholdsQueryValidator : AbstractValidator<GetHouseholdsQuery>
{
    public GetHouseholdsQueryValidator()
    {
        RuleFor(q => q.Level)
            .Must(l => l is null || (Enum.TryParse<WarningLevel>(l, true, out var v) && Enum.IsDefined(v) && !char.IsDigit(l[0])))
            .WithMessage(_ => Text.Pick("预警等级应为 Red、Blue、Purple、Yellow、Green 之一。", "Level is Red, Blue, Purple, Yellow or Green."));
        RuleFor(q => q.Group)
            .Must(g => g is null || (Enum.TryParse<MonitoringGroup>(g, true, out var v) && v != MonitoringGroup.None && Enum.IsDefined(v) && !char.IsDigit(g[0])))
            .WithMessage(_ => Text.Pick("监测类型应为 UnstableOutOfPoverty、MarginalProneToPoverty、SuddenSevereHardship 之一。", "Group is UnstableOutOfPoverty, MarginalProneToPoverty or SuddenSevereHardship."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.Pick("页码从1开始。", "Pages start at 1."));
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100).WithMessage(_ => Text.Pick("每页1到100条。", "1 to 100 a page."));
    }
}
