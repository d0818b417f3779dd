using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetRatingReport;

internal sealed class GetRatingReportQueryValidator : AbstractValidator<GetRatingReportQuery>
{
    public GetRatingReportQueryValidator()
    {
        RuleFor(q => q.From).InServiceYears();
        RuleFor(q => q.To).InServiceYears();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From).WithMessage(_ => Text.Pick("结束日期不能早于开始日期。", "The end date cannot be before the start date."))
            .Must((q, to) => to.DayNumber - q.From.DayNumber <= 366).WithMessage(_ => Text.Pick("一次最多查询一年。", "At most one year at a time."));
    }
}
