using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetCompletionReport;

/// <summary>A report's period and grouping: the report and its exports ask for the same.</summary>
public interface IReportPeriod
{
    DateOnly From { get; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The contract's query parameter is named 'to'.")]
    DateOnly To { get; }

    string GroupBy { get; }
}

internal sealed class ReportPeriodValidator : AbstractValidator<IReportPeriod>
{
    public static readonly string[] Groupings = ["department", "item", "region", "month"];

    public ReportPeriodValidator()
    {
        RuleFor(q => q.From).InServiceYears();
        RuleFor(q => q.To).InServiceYears();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithMessage(_ => Text.Pick("结束日期不能早于开始日期。", "The end date cannot be before the start date."));
        RuleFor(q => q).Must(q => q.To.DayNumber - q.From.DayNumber < 3 * 366).OverridePropertyName("to")
            .WithMessage(_ => Text.Pick("统计期间最长三年。", "The period can be at most three years."));
        RuleFor(q => q.GroupBy).Must(g => Groupings.Contains(g))
            .WithMessage(_ => Text.Pick("分组方式应为 department、item、region 或 month。", "groupBy must be department, item, region or month."));
    }
}

internal sealed class GetCompletionReportQueryValidator : AbstractValidator<GetCompletionReportQuery>
{
    public GetCompletionReportQueryValidator() => Include(new ReportPeriodValidator());
}
