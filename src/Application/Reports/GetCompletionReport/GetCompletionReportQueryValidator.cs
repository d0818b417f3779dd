using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetCompletionReport;

internal sealed class GetCompletionReportQueryValidator : AbstractValidator<GetCompletionReportQuery>
{
    public static readonly string[] Groupings = ["department", "item", "region", "month"];

    public GetCompletionReportQueryValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithMessage(_ => Text.Pick("结束日期不能早于开始日期。", "The end date cannot be before the start date."));
        RuleFor(q => q).Must(q => q.To.DayNumber - q.From.DayNumber < 3 * 366).OverridePropertyName("to")
            .WithMessage(_ => Text.Pick("统计期间最长三年。", "The period can be at most three years."));
        RuleFor(q => q.GroupBy).Must(g => Groupings.Contains(g))
            .WithMessage(_ => Text.Pick("分组方式应为 department、item、region 或 month。", "groupBy must be department, item, region or month."));
    }
}
